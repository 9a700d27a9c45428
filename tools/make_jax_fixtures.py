#!/usr/bin/env python3
"""Writes the JAX facts TensorCore's tests compare against, as JSON fixtures.

JAX is not needed to run the tests: run this script where JAX is installed
(`pip install jax`) and commit what it writes. It records the JAX version it used.

    python3 tools/make_jax_fixtures.py
"""
import json
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


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in (("jax-promotion.json", promotion()), ("jax-repr.json", {"jax": jax.__version__, "reprs": reprs()})):
        path = OUT / name
        path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
