#!/usr/bin/env python3
"""Writes the JAX facts TensorCore's tests compare against, as JSON fixtures.

JAX is not needed to run the tests: run this script where JAX is installed
(`pip install jax`) and commit what it writes. It records the JAX version it used.

    python3 tools/make_jax_fixtures.py
"""
import json
import math
import pathlib
import warnings

import jax
import jax.numpy as jnp
import numpy as np

warnings.simplefilter("ignore")
OUT = pathlib.Path(__file__).resolve().parent.parent / "Tests" / "TensorCoreTests" / "Fixtures"
NAMES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
         "float16", "float32", "float64"]
WEAK = {"int": 1, "float": 1.5}


def promotion():
    tables = {}
    for x64 in (False, True):
        jax.config.update("jax_enable_x64", x64)
        tables["x64" if x64 else "x32"] = {a: {b: str(jnp.promote_types(a, b)) for b in NAMES} for a in NAMES}
    result_types = []
    for x64 in (False, True):
        jax.config.update("jax_enable_x64", x64)
        for a in NAMES:
            for b in NAMES + list(WEAK):
                left = jnp.zeros((), dtype=a)
                right = jnp.zeros((), dtype=b) if b in NAMES else WEAK[b]
                value = jnp.add(left, right) if a != "bool" or b != "bool" else jnp.logical_or(left, right)
                result_types.append({"x64": x64, "a": a, "b": b, "dtype": str(value.dtype),
                                     "weak": bool(value.weak_type)})
        for a in WEAK:
            for b in WEAK:
                value = jnp.add(WEAK[a], WEAK[b])
                result_types.append({"x64": x64, "a": a, "b": b, "dtype": str(value.dtype),
                                     "weak": bool(value.weak_type)})
    jax.config.update("jax_enable_x64", False)
    return {"jax": jax.__version__, "promote_types": tables, "result_types": result_types}


# Arrays whose reprs the tests rebuild with TensorCore, by name.
REPRS = {
    "float_vector": lambda: jnp.array([1.0, 2.0]),
    "weak_scalar": lambda: jnp.asarray(1.0),
    "weak_sum": lambda: jnp.asarray(1.0) + 1,
    "empty_matrix": lambda: jnp.zeros((0, 3)),
    "bool_vector": lambda: jnp.array([True, False]),
    "long_range": lambda: jnp.arange(2000),
    # Values made by NumPy (IEEE division): XLA divides by a constant through its reciprocal.
    "sevenths": lambda: jnp.asarray(np.arange(30.0, dtype=np.float32).reshape(5, 6) / np.float32(7)),
    "int_matrix": lambda: jnp.arange(6, dtype=jnp.int8).reshape(2, 3),
}


def reprs():
    return {name: repr(make()) for name, make in REPRS.items()}


UNARY = ["negative", "positive", "absolute", "sign", "sqrt", "square", "exp", "log", "sin", "floor",
         "ceil", "trunc", "rint", "logical_not", "invert", "isnan", "isinf", "isfinite"]
BINARY = ["add", "subtract", "multiply", "true_divide", "floor_divide", "remainder", "power", "maximum",
          "minimum", "fmax", "fmin", "arctan2", "hypot", "equal", "not_equal", "less", "greater_equal",
          "logical_and", "logical_or", "logical_xor", "bitwise_and", "bitwise_or", "bitwise_xor",
          "left_shift", "right_shift"]
# Results whose values depend on XLA's math library or its rewrites (division by a
# constant through its reciprocal) are recorded by dtype only.
INEXACT = {"sqrt", "exp", "log", "sin", "true_divide", "power", "arctan2", "hypot"}
DTYPES = ["bool", "int8", "uint8", "int32", "float16", "float32"]
LEFT = [0, 1, 2, 5]
RIGHT = [1, 2, 3, 0]


def json_number(value):
    """A value JSON can hold: non-finite floats become the strings "nan", "inf", "-inf"."""
    if isinstance(value, float) and not math.isfinite(value):
        return "nan" if value != value else ("inf" if value > 0 else "-inf")
    return value


def ufunc_case(name, dtype, other):
    x = jnp.array(LEFT, dtype=dtype)
    if other == "array":
        y = jnp.array(RIGHT, dtype=dtype)
    else:
        y = {"int": 3, "float": 1.5, "big": 1000}[other]
    try:
        function = getattr(jnp, name)
        value = function(x) if name in UNARY else function(x, y)
        case = {"result": str(value.dtype), "weak": bool(value.weak_type)}
        if name not in INEXACT or value.dtype.kind not in "f":
            case["values"] = [json_number(v) for v in value.tolist()]
        return case
    except Exception as error:
        return {"error": f"{type(error).__name__}: {str(error).splitlines()[0]}"}


def ufuncs():
    jax.config.update("jax_enable_x64", False)
    cases = []
    for name in UNARY + BINARY:
        for dtype in DTYPES:
            for other in (["array"] if name in UNARY else ["array", "int", "float", "big"]):
                cases.append({"function": name, "input": dtype, "other": other, **ufunc_case(name, dtype, other)})
    return {"jax": jax.__version__, "left": LEFT, "right": RIGHT, "cases": cases}


# `.at[]` updates: (name, expression on x = jnp.arange(6.0).reshape(2, 3)).
AT_UPDATES = {
    "set_element": lambda x: x.at[0, 1].set(10.0),
    "set_row": lambda x: x.at[1].set(jnp.array([7.0, 8.0, 9.0])),
    "add_repeated": lambda x: x.at[jnp.array([0, 0, 1]), 2].add(1.0),
    "multiply_column": lambda x: x.at[:, 1].multiply(3.0),
    "min_mask": lambda x: x.at[x > 2].min(3.5),
    "max_slice": lambda x: x.at[0, ::2].max(1.5),
    "set_out_of_range": lambda x: x.at[jnp.array([0, 5])].set(-1.0),
    "get_out_of_range": lambda x: x.at[jnp.array([1, 7])].get(),
    "get_negative": lambda x: x.at[-1, -2].get(),
}


def at_updates():
    x = jnp.arange(6.0).reshape(2, 3)
    return {"jax": jax.__version__, "x": x.tolist(),
            "results": {name: jnp.asarray(update(x)).tolist() for name, update in AT_UPDATES.items()},
            "immutable": immutable_message()}


def immutable_message():
    try:
        x = jnp.zeros(3)
        x[0] = 1
    except TypeError as error:
        return str(error)
    return ""


RANDOM_SEEDS = [0, 1, 42, -1, 2**31 - 1, 123456789, 2**40]


def float_bits(array):
    """float32 values as their uint32 bit patterns, so the fixture is exact."""
    return np.asarray(array, dtype=np.float32).view(np.uint32).tolist()


def random_streams():
    """threefry2x32 keys, splits, fold_in, bits, uniform and normal for several seeds."""
    cases = []
    for seed in RANDOM_SEEDS:
        key = jax.random.key(seed)
        case = {
            "seed": seed,
            "key": jax.random.key_data(key).tolist(),
            "prng_key": jax.random.PRNGKey(seed).tolist(),
            "split": {str(n): jax.random.key_data(jax.random.split(key, n)).tolist() for n in (2, 3, 5)},
            "split_shaped": jax.random.key_data(jax.random.split(key, (2, 3))).tolist(),
            "fold_in": {str(d): jax.random.key_data(jax.random.fold_in(key, d)).tolist() for d in (0, 1, 7, 2**31 - 1)},
            "bits": np.asarray(jax.random.bits(key, (1000,))).tolist(),
            "bits_shaped": np.asarray(jax.random.bits(key, (3, 4))).tolist(),
            "bits_uint8": np.asarray(jax.random.bits(key, (20,), jnp.uint8)).tolist(),
            "uniform": float_bits(jax.random.uniform(key, (1000,))),
            "uniform_range": float_bits(jax.random.uniform(key, (100,), minval=-2.0, maxval=3.0)),
            "normal": float_bits(jax.random.normal(key, (10000,))),
        }
        cases.append(case)
    key = jax.random.key(0)
    first, second = jax.random.split(key)
    reprs = {
        "key": repr(key),
        "split": repr(jax.random.split(key)),
        "split_3": repr(jax.random.split(key, 3)),
        "prng_key": repr(jax.random.PRNGKey(42)),
        "prng_split": repr(jax.random.split(jax.random.PRNGKey(42), 3)),
        "normal_3": repr(jax.random.normal(key, (3,))),
        "normal_first": repr(jax.random.normal(first, (3,))),
        "normal_second": repr(jax.random.normal(second, (3,))),
        "uniform_2x2": repr(jax.random.uniform(key, (2, 2))),
    }
    return {"jax": jax.__version__, "cases": cases, "reprs": reprs}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    outputs = (
        ("jax-promotion.json", promotion()),
        ("jax-repr.json", {"jax": jax.__version__, "reprs": reprs()}),
        ("jax-ufuncs.json", ufuncs()),
        ("jax-at.json", at_updates()),
        ("jax-random.json", random_streams()),
    )
    for name, data in outputs:
        path = OUT / name
        path.write_text(json.dumps(data, indent=1, sort_keys=True, allow_nan=False) + "\n")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
