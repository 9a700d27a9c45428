import jax.numpy as jnp
print(jnp.arange(4), jnp.array(2.5), jnp.ones((2, 2)), str(jnp.array([1, 2])))
