import jax
import jax.numpy as jnp
print(jax.make_jaxpr(lambda x: x.astype(jnp.float32) / 2)(jnp.arange(3)))
print(jax.make_jaxpr(lambda x: jnp.sqrt(x) - x ** 3)(jnp.ones((2, 2))))
