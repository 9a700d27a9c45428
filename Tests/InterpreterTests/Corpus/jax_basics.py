import jax
import jax.numpy as jnp
import numpy as np
print(jax.devices())
x = jnp.arange(5.0)
print(x, repr(x), x.dtype, type(x))
y = jnp.array([1, 2, 3])
print(repr(y), repr(y + 1), repr(y * 1.5), repr(y / 2), repr(jnp.float32(2) * 3))
print(repr(x.sum()), repr(jnp.mean(y)), repr(x[1]), repr(x[1:3]), repr(jnp.sqrt(x)))
z = x.at[0].set(10.0)
print(repr(z), repr(x), repr(x.at[1].add(5)))
try:
    x[0] = 1.0
except TypeError as e:
    print("TypeError:", e)
def f(a, b):
    return 2 * a * b + 3 * b + 1
jf = jax.jit(f)
a = jnp.linspace(0, 1, 4)
b = jnp.ones(4)
print(repr(jf(a, b)), repr(f(a, b)))
print(jax.make_jaxpr(f)(a, b))
def g(v):
    if v.sum() > 0:
        return v
    return -v
try:
    jax.jit(g)(a)
except Exception as e:
    print(type(e).__name__)
key = jax.random.key(0)
print(key)
k1, k2 = jax.random.split(key)
print(repr(jax.random.normal(k1, (3,))), repr(jax.random.uniform(k2, (2,))))
print(repr(jax.random.PRNGKey(42)))
print(isinstance(jf, type(jax.jit(lambda t: t))), jnp.int32, repr(jnp.zeros(3)), repr(jnp.ones((2, 2), dtype=jnp.int32)))
