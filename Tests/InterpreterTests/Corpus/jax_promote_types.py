import jax.numpy as jnp

names = ["bool", "uint8", "int8", "int16", "int32", "int64", "float16", "float32", "float64"]
width = max(len(name) for name in names) + 1
print(" " * width + "".join(name.rjust(width) for name in names))
for row in names:
    print(row.rjust(width) + "".join(str(jnp.promote_types(row, column)).rjust(width) for column in names))
print(repr(jnp.promote_types("int64", "float16")))
