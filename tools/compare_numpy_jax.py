"""Times the course's two benchmark workloads with the real NumPy and JAX, in the same
format as the project's benchmarks, so the figures can be read side by side in one run.

Workloads (float32, n = 2^10 ... 2^23, best time per call by timeit autorange, best of 7):
  sum      np.sum(x)                    jax.jit(jnp.sum)(x)
  2xy+3y+1 2*x*y + 3*y + 1 (eager)      jax.jit(lambda x, y: 2*x*y + 3*y + 1)(x, y)

Libraries that are not installed are reported as such; nothing else is needed.

    python3 tools/compare_numpy_jax.py [--sizes 10,14,16,20,22,23] [--repeat 7] [--json]

With --json the times (seconds per call) are printed as one JSON object instead, keyed by
"NumPy sum", "JAX jit sum", "NumPy 2xy+3y+1", "JAX jit 2xy+3y+1", "NumPy x+y", then by the
power of two; the project's benchmark reads it to show both side by side.
"""
import argparse
import json
import timeit


def best_time(call, repeat):
    """Best seconds per call: timeit's autorange, then the best of `repeat` runs."""
    timer = timeit.Timer(call)
    count, _ = timer.autorange()
    return min(timer.repeat(repeat, count)) / count


def readable(seconds):
    if seconds is None:
        return "-"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.1f} µs"


def numpy_workloads():
    try:
        import numpy as np
    except ImportError:
        return None

    def make(n):
        x = np.linspace(0, 1, n, dtype=np.float32)
        y = np.linspace(1, 2, n, dtype=np.float32)
        return {"sum": lambda: np.sum(x), "2xy+3y+1": lambda: 2 * x * y + 3 * y + 1, "x+y": lambda: x + y}
    return make


def jax_workloads():
    try:
        import jax
        import jax.numpy as jnp
    except ImportError:
        return None
    total = jax.jit(jnp.sum)
    fused = jax.jit(lambda x, y: 2 * x * y + 3 * y + 1)

    def make(n):
        x = jnp.linspace(0, 1, n, dtype=jnp.float32)
        y = jnp.linspace(1, 2, n, dtype=jnp.float32)
        total(x).block_until_ready()
        fused(x, y).block_until_ready()
        return {"sum": lambda: total(x).block_until_ready(),
                "2xy+3y+1": lambda: fused(x, y).block_until_ready()}
    return make


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10,12,14,16,18,20,22,23",
                        help="comma-separated powers of two (default: %(default)s)")
    parser.add_argument("--repeat", type=int, default=7, help="runs per measurement (default: %(default)s)")
    parser.add_argument("--json", action="store_true", help="print the times as JSON")
    arguments = parser.parse_args()
    powers = [int(p) for p in arguments.sizes.split(",")]

    libraries = {"NumPy": numpy_workloads(), "JAX jit": jax_workloads()}
    if arguments.json:
        times = {}
        for power in powers:
            for name, make in libraries.items():
                if make is None:
                    continue
                for workload, call in make(2 ** power).items():
                    times.setdefault(f"{name} {workload}", {})[str(power)] = best_time(call, arguments.repeat)
        print(json.dumps(times))
        return
    for name, make in libraries.items():
        if make is None:
            print(f"{name}: not installed, skipped")
    columns = [(name, workload) for workload in ("sum", "2xy+3y+1") for name, make in libraries.items() if make]
    print("float32, best time per call (timeit autorange, best of %d)" % arguments.repeat)
    print("| n | " + " | ".join(f"{name} {workload}" for name, workload in columns) + " |")
    print("|---|" + "---|" * len(columns))
    for power in powers:
        n = 2 ** power
        made = {name: make(n) for name, make in libraries.items() if make}
        cells = [readable(best_time(made[name][workload], arguments.repeat)) for name, workload in columns]
        print(f"| 2^{power} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
