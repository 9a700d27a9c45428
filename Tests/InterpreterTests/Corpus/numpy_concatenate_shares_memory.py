import numpy as np

a = np.arange(12).reshape(3, 4)
column = a[:, 2]
print(np.shares_memory(a, column), np.shares_memory(a, a[::-1]), np.shares_memory(a, a[[0, 1]]))
print(np.shares_memory(a[:, ::2], a[:, 1::2]), np.may_share_memory(a[:, ::2], a[:, 1::2]))
print(np.shares_memory(a, [1, 2]), np.shares_memory(a[0], a[1]), np.shares_memory(a.T, a[2, 3]))
print(np.concatenate([[0], np.cumsum(np.array([3, 1, 4]))[:-1]]))
print(np.concatenate((np.zeros((2, 2), np.float32), np.ones((1, 2)))).dtype)
print(np.concatenate([np.zeros((2, 2), np.float32), np.ones((1, 2), np.float32)]).dtype)
print(np.concatenate([np.zeros((2, 2)), np.ones((2, 3))], axis=-1))
print(np.concatenate([np.zeros((2, 2)), np.ones((2, 3))], axis=None))
print(np.concatenate([np.arange(4).reshape(2, 2).T, np.arange(2)[None, ::-1]]))
print(repr(np.promote_types("int8", np.uint8)))
for bad in ([np.zeros((2, 2)), np.ones(2)], [np.zeros((2, 2)), np.ones((2, 3))], []):
    try:
        np.concatenate(bad)
    except ValueError as error:
        print(error)
try:
    np.concatenate([np.zeros((2, 2)), np.ones((2, 3))], axis=2)
except Exception as error:
    print(type(error).__name__, error)
