import jax
import jax.numpy as jnp
def f(x):
    if x > 0:
        return x
    return -x
jax.jit(f)(jnp.array(1.0))
