"""Are We Fast Yet harness: python3 harness.py NAME [ITERATIONS [INNER_ITERATIONS]].

Each benchmark is a module named after the benchmark in lower case, defining a class of the
benchmark's name that extends Benchmark.
"""
import importlib
import os
import sys
import time
import traceback


class Benchmark:
    def inner_benchmark_loop(self, inner_iterations):
        """Runs benchmark() inner_iterations times and verifies each result; benchmarks whose
        result depends on the size override this."""
        for _ in range(inner_iterations):
            if not self.verify_result(self.benchmark()):
                return False
        return True

    def benchmark(self):
        raise NotImplementedError("subclass responsibility")

    def verify_result(self, result):
        raise NotImplementedError("subclass responsibility")


# The suite's benchmarks and their default inner iterations.
DEFAULT_INNER_ITERATIONS = {
    "Bounce": 1500, "List": 1500, "Mandelbrot": 500, "NBody": 250000, "Permute": 1000,
    "Queens": 1000, "Sieve": 3000, "Storage": 1000, "Towers": 600, "CD": 250,
    "DeltaBlue": 12000, "Havlak": 1500, "Json": 100, "Richards": 100,
}


def fail_usage(message):
    print(message, file=sys.stderr)
    sys.exit(2)


def load_benchmark(name):
    if name not in DEFAULT_INNER_ITERATIONS:
        fail_usage("Unknown benchmark: " + name)
    module_name = name.lower()
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), module_name + ".py")
    if not os.path.exists(path):
        fail_usage("Benchmark " + name + " is not ported to Python (no " + path + ")")
    return getattr(importlib.import_module(module_name), name)


def parse_count(text, what):
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        fail_usage("Invalid " + what + ": " + text)
    return n


def main(args):
    if not args:
        fail_usage("Usage: python3 harness.py BENCHMARK [ITERATIONS [INNER_ITERATIONS]]")
    name = args[0]
    benchmark_class = load_benchmark(name)
    iterations = parse_count(args[1], "iterations") if len(args) > 1 else 1
    inner = parse_count(args[2], "inner iterations") if len(args) > 2 else DEFAULT_INNER_ITERATIONS[name]

    bench = benchmark_class()
    total = 0
    for _ in range(iterations):
        start = time.perf_counter_ns()
        try:
            ok = bench.inner_benchmark_loop(inner)
        except Exception:  # a benchmark that checks itself as it goes (DeltaBlue) raises
            print(name + ": result verification failed:", file=sys.stderr)
            traceback.print_exc()
            sys.exit(1)
        runtime = (time.perf_counter_ns() - start) // 1000
        if not ok:
            print(name + ": result verification failed", file=sys.stderr)
            sys.exit(1)
        total += runtime
        print(f"{name}: iterations=1 runtime: {runtime}us")
    print(f"{name}: iterations={iterations} average: {total // iterations}us total: {total}us")


if __name__ == "__main__":
    main(sys.argv[1:])
