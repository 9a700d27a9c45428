import jax.numpy as jnp
x = jnp.array([1.0, 2.0])
print(repr(x + 1), repr(x * 2.0), repr(jnp.array([1, 2]) + 1.0), repr(jnp.int8(3) + 3))
