import jax.numpy as jnp
x = jnp.arange(5)
print(repr(x[10]), repr(x[-10]), repr(x.at[10].get()), repr(x.at[7].set(1)))
