import jax.numpy as jnp
x = jnp.arange(12).reshape(3, 4)
print(repr(x[1]), repr(x[1, 2]), repr(x[:, 1]), repr(x[::2, ::-1]), repr(x[x > 8]))
