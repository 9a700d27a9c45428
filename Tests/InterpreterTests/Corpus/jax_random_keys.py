import jax
k = jax.random.key(42)
print(k)
print(jax.random.PRNGKey(7))
print(jax.random.split(jax.random.PRNGKey(7)))
