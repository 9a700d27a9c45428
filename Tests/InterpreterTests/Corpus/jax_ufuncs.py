import jax.numpy as jnp
x = jnp.array([0.0, 1.0, 4.0])
print(repr(jnp.exp(x)), repr(jnp.log1p(x)), repr(jnp.sqrt(x)), repr(jnp.sin(x)), repr(jnp.abs(-x)), repr(jnp.floor(x / 3)))
