import numpy as np

names = ["bool", "uint8", "int8", "int16", "int32", "int64", "float16", "float32", "float64"]
width = max(len(name) for name in names) + 1
print(" " * width + "".join(name.rjust(width) for name in names))
for row in names:
    print(row.rjust(width) + "".join(str(np.promote_types(row, column)).rjust(width) for column in names))
print(repr(np.promote_types("int64", "float16")))
