import jax
print(jax.devices(), len(jax.devices()))
jax.config.update('jax_enable_x64', False)
import jax.numpy as jnp
print(repr(jnp.arange(3)))
