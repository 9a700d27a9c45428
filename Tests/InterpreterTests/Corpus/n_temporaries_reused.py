# An array nothing refers to any more (a temporary) takes the result of the operation on
# it, as NumPy's temporary elision does: its memory is reused, so the result has its
# address. Arrays of 512 KiB, above both NumPy's threshold (256 KiB) and ours (16 KiB).
import numpy as np
x = np.arange(65536, dtype=np.float64)
seen = []
def note(a):
    seen.append(a.__array_interface__['data'][0])
    return a
def address(a):
    return a.__array_interface__['data'][0]
r = note(x * 2) + 1
print(address(r) == seen[-1])
r = 3 * note(x * 2)
print(address(r) == seen[-1])
r = -note(x * 2)
print(address(r) == seen[-1])
r = note(x * 2) + note(x * 3)
print(address(r) == seen[-2], address(r) == seen[-1])
kept = note(x * 2)
r = kept + 1
print(address(r) == seen[-1])
r = note(np.arange(65536)) + 0.5
print(address(r) == seen[-1])
r = note(x[:3] * 2) + 1
print(address(r) == seen[-1])
