import jax.numpy as jnp
u = jnp.array([1, 2], dtype=jnp.uint8)
print(repr(u + 1), repr(u * jnp.array([2], dtype=jnp.int8)), repr(u - 3))
