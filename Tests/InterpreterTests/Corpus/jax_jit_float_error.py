import jax
import jax.numpy as jnp
def f(x):
    return float(x) * 2
jax.jit(f)(jnp.array(1.0))
