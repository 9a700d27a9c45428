"""Runs TensorCore's elementwise differential cases through the real NumPy.

Each input line is a JSON case: a ufunc name, its operands (arrays with a dtype, shape,
values and memory layout, or Python scalars) and optionally an output array. Each output
line is the result's dtype, shape, bytes and the warnings raised, or the error.
"""
import json
import sys
import warnings

import numpy as np


def number(value, kind):
    if kind == "f":
        return float(value)
    if kind == "b":
        return bool(value)
    return int(value)


def make_array(spec):
    dtype = np.dtype(spec["dtype"])
    shape = spec["shape"]
    layout = spec["layout"]
    values = [number(v, dtype.kind) for v in spec["values"]]
    if dtype.kind == "f":
        flat = np.array(values, dtype=np.float64).astype(dtype)
    else:
        flat = np.array(values, dtype=dtype)
    if layout == "transpose":
        return flat.reshape(shape[::-1]).T
    if layout == "step":
        doubled = np.repeat(flat.reshape(shape), 2, axis=-1) if shape else flat.reshape(shape)
        return doubled[..., ::2] if shape else doubled
    if layout == "reverse":
        base = flat.reshape(shape)
        return base[::-1] if shape else base
    return flat.reshape(shape)


def operand(spec):
    if "scalar" in spec:
        return number(spec["scalar"], spec["kind"])
    return make_array(spec)


def main():
    for line in sys.stdin:
        case = json.loads(line)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                operands = [operand(spec) for spec in case["operands"]]
                kwargs = {}
                if case.get("out") == "input0":
                    kwargs["out"] = operands[0]
                elif case.get("out"):
                    kwargs["out"] = make_array(case["out"])
                result = getattr(np, case["function"])(*operands, **kwargs)
                result = np.asarray(result)
                outcome = {
                    "dtype": result.dtype.name,
                    "shape": list(result.shape),
                    "bytes": np.ascontiguousarray(result).tobytes().hex(),
                }
            except Exception as error:
                outcome = {"error": f"{type(error).__name__}: {error}"}
        outcome["warnings"] = [str(w.message) for w in caught if issubclass(w.category, RuntimeWarning)]
        print(json.dumps(outcome))


if __name__ == "__main__":
    main()
