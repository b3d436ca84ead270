"""The measurements of one invocation: a cell per (benchmark, runtime), its runs, its figure or failure."""
import math
from dataclasses import dataclass, field

from . import harness_output
from .measure import RunResult
from .sizes import Size

REFERENCE = "Java"  # ratios are to this runtime


@dataclass
class Cell:
    benchmark: str
    runtime: str
    iterations: int
    warmup: int
    runs: list[RunResult] = field(default_factory=list)
    failure: str | None = None
    detail: str = ""

    @property
    def median_us(self) -> float | None:
        if self.failure or not self.runs:
            return None
        return harness_output.median_of_runs([run.median_us for run in self.runs])


@dataclass
class Results:
    sizes: list[Size]
    runtimes: list[str]
    cells: dict[tuple[str, str], Cell] = field(default_factory=dict)

    def cell(self, benchmark: str, runtime: str) -> Cell:
        return self.cells[(benchmark, runtime)]

    def ratio(self, benchmark: str, runtime: str) -> float | None:
        """Time per iteration over Java's for the same benchmark, when both have a figure."""
        if REFERENCE not in self.runtimes:
            return None
        mine, java = self.cell(benchmark, runtime).median_us, self.cell(benchmark, REFERENCE).median_us
        if mine is None or java is None or java <= 0:
            return None
        return mine / java

    def geometric_mean(self, runtime: str) -> tuple[float | None, int]:
        """(geometric mean of the ratios to Java over the benchmarks that have one, how many had one)."""
        ratios = [self.ratio(size.benchmark, runtime) for size in self.sizes]
        ratios = [ratio for ratio in ratios if ratio is not None and ratio > 0]
        if not ratios:
            return None, 0
        return math.exp(sum(math.log(ratio) for ratio in ratios) / len(ratios)), len(ratios)

    def failures(self) -> list[Cell]:
        return [cell for cell in self.cells.values() if cell.failure]
