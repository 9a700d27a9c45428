"""Times the course's two benchmark workloads with the real NumPy and JAX (and, up to a
size cap, with plain CPython loops), in the same format as the project's benchmarks, so
the figures can be read side by side in one run. `course bench --compare` runs it.

Workloads (n = 2^10 ... 2^23, best time per call after an autorange, best of 7):
  sum      np.sum(x)                 jax.jit(jnp.sum)(x)                        for v in xs: s += v
  2xy+3y+1 2*x*y + 3*y + 1 (eager)   jax.jit(lambda x, y: 2*x*y + 3*y + 1)(x, y)  a list comprehension

Libraries that are not installed are reported as such; nothing else is needed.

    python3 compare_numpy_jax.py [--sizes 10,14,20] [--dtype float32] [--repeat 7]
                                 [--min-time 0.2] [--loop-cap 16] [--json | --stream]

With --json the times (seconds per call) are printed as one JSON object, keyed by
"NumPy sum", "JAX jit sum", "NumPy 2xy+3y+1", "JAX jit 2xy+3y+1", "NumPy x+y" (and
"CPython sum", "CPython 2xy+3y+1" with --loop-cap), then by the power of two. With
--stream each time is printed as soon as it is measured, one JSON object per line:
{"library": ..., "workload": ..., "power": ..., "seconds": ...}; a library that is
missing is one line {"library": ..., "missing": "reason"}.
"""
import argparse
import json
import sys
import time


def best_time(call, repeat, min_time):
    """Best seconds per call: loops doubled until a run lasts min_time, best of `repeat` runs."""
    count = 1
    while True:
        start = time.perf_counter()
        for _ in range(count):
            call()
        if time.perf_counter() - start >= min_time:
            break
        count *= 2
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(count):
            call()
        best = min(best, time.perf_counter() - start)
    return best / count


def readable(seconds):
    if seconds is None:
        return "-"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.1f} µs"


def numpy_workloads(dtype):
    try:
        import numpy as np
    except ImportError as error:
        return str(error)

    def make(n):
        x = np.linspace(0, 1, n, dtype=dtype)
        y = np.linspace(1, 2, n, dtype=dtype)
        return {"sum": lambda: np.sum(x), "2xy+3y+1": lambda: 2 * x * y + 3 * y + 1, "x+y": lambda: x + y}
    return make


def jax_workloads(dtype):
    try:
        import jax
        if dtype == "float64":
            jax.config.update("jax_enable_x64", True)
        import jax.numpy as jnp
    except ImportError as error:
        return str(error)
    total = jax.jit(jnp.sum)
    fused = jax.jit(lambda x, y: 2 * x * y + 3 * y + 1)

    def make(n):
        x = jnp.linspace(0, 1, n, dtype=dtype)
        y = jnp.linspace(1, 2, n, dtype=dtype)
        total(x).block_until_ready()
        fused(x, y).block_until_ready()
        return {"sum": lambda: total(x).block_until_ready(),
                "2xy+3y+1": lambda: fused(x, y).block_until_ready()}
    return make


def cpython_workloads(loop_cap):
    def make(n):
        if loop_cap is None or n > 2 ** loop_cap:
            return {}
        xs = [i / (n - 1) for i in range(n)]
        ys = [1 + i / (n - 1) for i in range(n)]

        def total():
            s = 0.0
            for v in xs:
                s += v
            return s
        return {"sum": total, "2xy+3y+1": lambda: [2 * a * b + 3 * b + 1 for a, b in zip(xs, ys)]}
    return make


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10,12,14,16,18,20,22,23",
                        help="comma-separated powers of two (default: %(default)s)")
    parser.add_argument("--dtype", default="float32", choices=["float32", "float64"])
    parser.add_argument("--repeat", type=int, default=7, help="runs per measurement (default: %(default)s)")
    parser.add_argument("--min-time", type=float, default=0.2, help="seconds a timed run lasts at least")
    parser.add_argument("--loop-cap", type=int, help="also time plain CPython loops up to 2^LOOP_CAP")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the times as one JSON object")
    output.add_argument("--stream", action="store_true", help="print each time as a JSON line when measured")
    arguments = parser.parse_args()
    powers = [int(p) for p in arguments.sizes.split(",")]

    libraries = {"NumPy": numpy_workloads(arguments.dtype), "JAX jit": jax_workloads(arguments.dtype)}
    if arguments.loop_cap is not None:
        libraries["CPython"] = cpython_workloads(arguments.loop_cap)
    available = {name: make for name, make in libraries.items() if callable(make)}
    if arguments.json or arguments.stream:
        for name, make in libraries.items():
            if not callable(make) and arguments.stream:
                print(json.dumps({"library": name, "missing": make}), flush=True)
        times = {}
        for name, make in available.items():
            for power in powers:
                for workload, call in make(2 ** power).items():
                    if arguments.stream and workload == "x+y":
                        continue
                    seconds = best_time(call, arguments.repeat, arguments.min_time)
                    times.setdefault(f"{name} {workload}", {})[str(power)] = seconds
                    if arguments.stream:
                        print(json.dumps({"library": name, "workload": workload, "power": power,
                                          "seconds": seconds}), flush=True)
        if arguments.json:
            print(json.dumps(times))
        return
    for name, make in libraries.items():
        if not callable(make):
            print(f"{name}: not installed, skipped ({make})")
    columns = [(name, workload) for workload in ("sum", "2xy+3y+1") for name in available]
    print(f"{arguments.dtype}, best time per call (autorange, best of {arguments.repeat})")
    print("| n | " + " | ".join(f"{name} {workload}" for name, workload in columns) + " |")
    print("|---|" + "---|" * len(columns))
    for power in powers:
        made = {name: make(2 ** power) for name, make in available.items()}
        cells = []
        for name, workload in columns:
            call = made[name].get(workload)
            cells.append(readable(call and best_time(call, arguments.repeat, arguments.min_time)))
        print(f"| 2^{power} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    sys.exit(main())
