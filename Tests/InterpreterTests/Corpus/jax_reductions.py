import jax.numpy as jnp
x = jnp.arange(6).reshape(2, 3)
print(repr(x.sum()), repr(x.sum(axis=0)), repr(jnp.max(x, axis=1)), repr(x.min()), repr(jnp.prod(jnp.array([1, 2, 3]))))
