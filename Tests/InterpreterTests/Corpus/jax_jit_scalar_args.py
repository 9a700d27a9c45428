import jax
import jax.numpy as jnp
def f(x, s):
    return x * s + 1
j = jax.jit(f)
print(repr(j(jnp.arange(3.0), 2)), repr(j(jnp.arange(3), 2)), repr(j(jnp.arange(3), 2.5)))
