import jax.numpy as jnp
import numpy as np
x = jnp.array(np.arange(3.0))
print(repr(x), repr(x + np.ones(3)), np.asarray(x), float(jnp.sum(x)), int(jnp.array(7)))
