import numpy as np
a = np.arange(6.0).reshape(2, 3)
print(a.flags)
print(a.T.flags.c_contiguous, a.T.flags.f_contiguous, a.flags['OWNDATA'], a.flags.writeable, np.arange(3).flags.owndata)
info = a.__array_interface__
print(sorted(info), info['typestr'], info['shape'], info['strides'], a.T.__array_interface__['strides'], info['version'], info['descr'])
print(type(info['data'][0]).__name__, info['data'][1], a.base is None, np.arange(4).base is None, a[0].base is not None)
print(np.zeros(2, dtype=bool).__array_interface__['typestr'], np.zeros(2, dtype=np.float16).__array_interface__['typestr'], np.zeros(1, dtype=np.int8).__array_interface__['typestr'])
v = a[:, 1]
print(v.__array_interface__['data'][0] - a.__array_interface__['data'][0], v.strides, v.flags.c_contiguous)
