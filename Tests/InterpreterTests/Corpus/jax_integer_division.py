import jax.numpy as jnp
x = jnp.array([7, -7, 0])
print(repr(x // 2), repr(x % 3), repr(x / 2), repr(x // jnp.array([0, 0, 0])))
