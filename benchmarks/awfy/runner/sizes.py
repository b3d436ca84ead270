"""The sizes table (``benchmarks/awfy/sizes.tsv``): one row per benchmark, read by the runner.

Columns: benchmark, inner, iterations, warmup, jit_iterations, jit_warmup. ``inner`` is the problem size
given to every runtime alike; the iteration counts say how many times the harness repeats it in one
process and how many of those leading iterations are discarded as warm-up. Runtimes that compile to
machine code while running (``jit_*`` columns) get longer runs so that the kept iterations are steady.
"""
from dataclasses import dataclass
from pathlib import Path

BENCHMARKS = ("Bounce", "List", "Mandelbrot", "NBody", "Permute", "Queens", "Sieve", "Storage", "Towers",
              "CD", "DeltaBlue", "Havlak", "Json", "Richards")

COLUMNS = ("benchmark", "inner", "iterations", "warmup", "jit_iterations", "jit_warmup")


class SizesError(Exception):
    pass


@dataclass(frozen=True)
class Size:
    benchmark: str
    inner: int
    iterations: int
    warmup: int
    jit_iterations: int
    jit_warmup: int

    def plan(self, jit: bool) -> tuple[int, int]:
        """(iterations, warm-up iterations) for a runtime that does or does not compile while running."""
        return (self.jit_iterations, self.jit_warmup) if jit else (self.iterations, self.warmup)

    def as_json(self) -> dict:
        return {column: getattr(self, column) for column in COLUMNS}


def load(path: Path) -> list[Size]:
    """Reads the table; '#' starts a comment, fields are separated by tabs or spaces."""
    sizes = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        fields = line.split("#", 1)[0].split()
        if not fields:
            continue
        if fields[0] == COLUMNS[0]:
            continue  # the header row
        if len(fields) != len(COLUMNS):
            raise SizesError(f"{path}:{number}: expected {len(COLUMNS)} fields ({' '.join(COLUMNS)}), got {len(fields)}")
        name, *numbers = fields
        if name not in BENCHMARKS:
            raise SizesError(f"{path}:{number}: unknown benchmark {name!r}")
        try:
            values = [int(value) for value in numbers]
        except ValueError:
            raise SizesError(f"{path}:{number}: sizes must be integers") from None
        size = Size(name, *values)
        for iterations, warmup in (size.plan(False), size.plan(True)):
            if size.inner < 1 or iterations < 1 or not 0 <= warmup < iterations:
                raise SizesError(f"{path}:{number}: need inner >= 1, iterations >= 1 and 0 <= warmup < iterations")
        sizes.append(size)
    missing = [name for name in BENCHMARKS if name not in {size.benchmark for size in sizes}]
    if missing:
        raise SizesError(f"{path}: no row for {', '.join(missing)}")
    if len(sizes) != len(BENCHMARKS):
        raise SizesError(f"{path}: a benchmark has more than one row")
    return sizes


def quick(sizes: list[Size]) -> list[Size]:
    """The --quick table: inner size 1 (the size every port verifies), three iterations, one discarded."""
    return [Size(size.benchmark, 1, 3, 1, 3, 1) for size in sizes]
