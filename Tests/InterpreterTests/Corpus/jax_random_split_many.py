import jax
keys = jax.random.split(jax.random.key(5), 4)
print(len(keys))
for k in keys:
    print(repr(jax.random.bits(k)))
