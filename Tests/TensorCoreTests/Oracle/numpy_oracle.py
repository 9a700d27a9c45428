"""Runs TensorCore's differential test cases through the real NumPy.

Reads one JSON case per line on standard input and writes one JSON result per line:
the array's repr, str, shape, strides, flags and bytes after the case's operations,
or the error NumPy raised, as "Type: message".
"""
import json
import sys

import numpy as np


def build(case):
    dtype = np.dtype(case["dtype"])
    values = case["values"]
    if dtype.kind == "f":
        base = np.array([float(v) for v in values], dtype=np.float64).astype(dtype)
    else:
        base = np.array(values, dtype=dtype)
    return base.reshape(case["shape"])


def index_component(component):
    if component == "...":
        return Ellipsis
    if component == "new":
        return None
    if "i" in component:
        return component["i"]
    start, stop, step = component["s"]
    return slice(start, stop, step)


def apply(a, op):
    kind = op["op"]
    if kind == "reshape":
        return a.reshape(op["shape"])
    if kind == "transpose":
        return a.transpose(op["axes"]) if op["axes"] is not None else a.T
    if kind == "index":
        return a[tuple(index_component(c) for c in op["index"])]
    if kind == "expand":
        return np.expand_dims(a, op["axis"])
    if kind == "squeeze":
        return a.squeeze(op["axis"])
    if kind == "swap":
        return a.swapaxes(op["a"], op["b"])
    if kind == "moveaxis":
        return np.moveaxis(a, op["source"], op["destination"])
    if kind == "broadcast_to":
        return np.broadcast_to(a, op["shape"])
    if kind == "astype":
        return a.astype(op["dtype"])
    if kind == "copy":
        return a.copy()
    if kind == "ravel":
        return a.ravel()
    if kind == "flatten":
        return a.flatten()
    raise ValueError(f"unknown op {kind}")


def main():
    np.seterr(all="ignore")
    for line in sys.stdin:
        case = json.loads(line)
        try:
            a = build(case)
            scalar = None
            for op in case["ops"]:
                a = apply(a, op)
                # Indexing every axis with an integer gives a NumPy scalar; later steps see it
                # as a zero-dimensional array, and only a final scalar is printed as one.
                scalar = a if isinstance(a, np.generic) else None
                if scalar is not None:
                    a = np.array(a)
            shown = scalar if scalar is not None else a
            result = {
                "repr": repr(shown),
                "str": str(shown),
                "shape": list(a.shape),
                "strides": list(a.strides),
                "c": bool(a.flags.c_contiguous),
                "f": bool(a.flags.f_contiguous),
                "writeable": bool(a.flags.writeable),
                "owns": bool(a.flags.owndata),
                "bytes": np.ascontiguousarray(a).tobytes().hex(),
            }
        except Exception as error:  # the error itself is what is compared
            result = {"error": f"{type(error).__name__}: {error}"}
        print(json.dumps(result), flush=False)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
