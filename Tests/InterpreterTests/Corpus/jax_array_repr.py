import jax.numpy as jnp
print(repr(jnp.array([1.5, 2.5])), repr(jnp.array([[1, 2], [3, 4]])), repr(jnp.array(True)), repr(jnp.array([], dtype=jnp.float32)))
