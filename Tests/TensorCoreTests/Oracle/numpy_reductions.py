"""Runs TensorCore's reduction cases through the real NumPy.

Arrays are not sent: both sides build them from the same integer formula (see
`values`), so a case of a million elements is one short JSON line.
"""
import json
import sys
import warnings

import numpy as np


def values(n, seed, dtype, special):
    i = np.arange(n, dtype=np.int64)
    mixed = ((i + 1) * 2654435761 + seed) % 1000003
    if dtype.kind == "b":
        return (mixed % 3 == 0)
    if dtype.kind in "iu":
        return (mixed % 201 - (0 if dtype.kind == "u" else 100)).astype(dtype)
    result = (mixed.astype(np.float64) / 1000003.0 * 2000.0 - 1000.0)
    if special:
        result[(i % 97) == 5] = np.nan
    return result.astype(dtype)


def make(case):
    dtype = np.dtype(case["dtype"])
    shape = case["shape"]
    flat = values(int(np.prod(shape)) if shape else 1, case["seed"], dtype, case["special"])
    layout = case["layout"]
    if layout == "transpose":
        return flat.reshape(shape[::-1]).T
    if layout == "reverse":
        return flat.reshape(shape)[::-1]
    if layout == "step":
        doubled = np.repeat(flat.reshape(shape), 2, axis=-1)
        return doubled[..., ::2]
    return flat.reshape(shape)


def main():
    for line in sys.stdin:
        case = json.loads(line)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                a = make(case)
                axis = case["axis"]
                if isinstance(axis, list):
                    axis = tuple(axis)
                kwargs = dict(case.get("kwargs", {}))
                function = getattr(np, case["function"])
                if case["function"] in ("argmax", "argmin", "cumsum", "cumprod"):
                    result = function(a, axis=axis, **kwargs)
                else:
                    result = function(a, axis=axis, **kwargs)
                result = np.asarray(result)
                outcome = {"dtype": result.dtype.name, "shape": list(result.shape),
                           "bytes": np.ascontiguousarray(result).tobytes().hex()}
            except Exception as error:
                outcome = {"error": f"{type(error).__name__}: {error}"}
        outcome["warnings"] = [str(w.message) for w in caught]
        print(json.dumps(outcome))


if __name__ == "__main__":
    main()
