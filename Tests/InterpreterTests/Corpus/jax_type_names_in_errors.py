import jax.numpy as jnp
try:
    jnp.arange(3).foo
except AttributeError as e:
    print(e)
print(type(jnp.arange(2)).__name__)
