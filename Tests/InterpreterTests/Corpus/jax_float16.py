import jax.numpy as jnp
h = jnp.array([1.5, 2.25], dtype=jnp.float16)
print(repr(h), repr(h * 2), repr(h + jnp.float32(1)))
