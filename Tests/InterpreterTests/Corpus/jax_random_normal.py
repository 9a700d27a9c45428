import jax
k = jax.random.key(3)
print(repr(jax.random.normal(k, (4,))), repr(jax.random.normal(k, (2, 2))), repr(jax.random.normal(k)))
