import jax
import jax.numpy as jnp
calls = []
def f(x):
    calls.append(1)
    return x * 2
j = jax.jit(f)
j(jnp.arange(3))
j(jnp.arange(3) + 1)
j(jnp.arange(4))
j(jnp.arange(3.0))
print(len(calls))
