import jax
import jax.numpy as jnp
print(jax.make_jaxpr(lambda x, y: 2 * x * y + 3 * y + 1)(jnp.ones(3), jnp.ones(3)))
