import jax.numpy as jnp
x = jnp.zeros(4)
print(repr(x.at[1].set(5.0)), repr(x.at[:2].add(1.0)), repr(x.at[jnp.array([0, 0])].add(1.0)), repr(x.at[3].max(-1.0)), repr(x.at[0].min(-2.0)))
