import jax
k = jax.random.key(0)
a = jax.random.uniform(k, (3,))
b = jax.random.uniform(k, (3,))
k1, k2 = jax.random.split(k)
print(repr(a), (a == b).all(), repr(jax.random.uniform(k1, (3,))), repr(jax.random.uniform(k2, (3,), minval=-1.0, maxval=1.0)))
