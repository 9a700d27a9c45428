import jax.numpy as jnp
x = jnp.arange(5)
print(repr(x > 2), repr(x == 3), repr(jnp.where(x > 2, x, 0)), repr((x > 1) & (x < 4)))
