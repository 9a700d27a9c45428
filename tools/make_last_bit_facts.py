"""Measures, with the real JAX, how far jax.jit's result of 2*x*y + 3*y + 1 is from NumPy's
on the course's "Fusion and the last bit" inputs (np.random.seed(0), a million float64
normal values each), and writes the facts the cell quotes:

    python3 tools/make_last_bit_facts.py   # writes Tests/CourseTests/Fixtures/last-bit-jax.json

XLA may contract a*b + c into one fused multiply-add on CPUs that have it, rounding once
where NumPy rounds twice; the count says how many of the million results that changes.
A test checks that the notebook's cell quotes exactly these numbers.
"""
import json
import pathlib
import platform

import jax

jax.config.update("jax_enable_x64", True)
import jax.numpy as jnp  # noqa: E402
import numpy as np  # noqa: E402


def expression(x, y):
    return 2 * x * y + 3 * y + 1


np.random.seed(0)
x = np.random.normal(size=1_000_000)
y = np.random.normal(size=1_000_000)
eager = expression(x, y)
jitted = np.asarray(jax.jit(expression)(jnp.asarray(x), jnp.asarray(y)))
facts = {
    "jax": jax.__version__,
    "numpy": np.__version__,
    "machine": platform.machine(),
    "device": str(jax.devices()[0].platform),
    "size": int(eager.size),
    "differ": int(np.count_nonzero(eager != jitted)),
    "largest_difference": float(np.max(np.abs(eager - jitted))),
}
path = pathlib.Path(__file__).resolve().parent.parent / "Tests/CourseTests/Fixtures/last-bit-jax.json"
path.write_text(json.dumps(facts, indent=2) + "\n")
print(json.dumps(facts))
