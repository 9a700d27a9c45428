import jax
import jax.numpy as jnp
import numpy as np
i8 = jnp.array([1, 2], dtype=jnp.int8)
f16 = jnp.array([1.0], dtype=jnp.float16)
print(repr(i8 + 1), repr(i8 + 1.5), repr(f16 * 2), repr(i8 * jnp.array([2], dtype=jnp.int32)), repr(jnp.array(np.arange(3))))
print(repr(jnp.exp(jnp.array([0.0, 1.0]))), repr(jnp.maximum(jnp.arange(3), 1)), repr(jnp.arange(4).reshape(2, 2).T))

def scaled_python(x):
    return x * 3.0 - 1
scaled = jax.jit(scaled_python)
print(repr(scaled(jnp.arange(3.0))), repr(scaled(2.0)))
def total(x):
    return jnp.sum(x ** 2)
print(repr(jax.jit(total)(jnp.arange(4.0))), jax.make_jaxpr(total)(jnp.arange(4.0)))
def two(x, y):
    return x + y, x * y
s, p = jax.jit(two)(jnp.ones(2), jnp.arange(2.0))
print(repr(s), repr(p))
v = jnp.arange(6.0)
print(repr(v.at[jnp.array([0, 2])].multiply(10)), repr(v.at[10].set(1.0)), repr(v.at[-1].get()), repr(v.at[2:4].max(3.5)))
keys = jax.random.split(jax.random.key(1), 3)
print(keys)
print(repr(jax.random.bits(keys[0], (2,))), repr(jax.random.fold_in(jax.random.key(0), 7)))
