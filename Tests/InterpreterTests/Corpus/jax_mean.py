import jax.numpy as jnp
print(repr(jnp.mean(jnp.array([1, 2, 3, 4]))), repr(jnp.arange(4.0).mean()), repr(jnp.ones((2, 3)).mean(axis=1)))
