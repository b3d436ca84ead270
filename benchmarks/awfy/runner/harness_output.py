"""Reads what an AWFY harness prints (the same protocol in every language) and reduces it to medians.

Per iteration:   NAME: iterations=1 runtime: Tus
At the end:      NAME: iterations=N average: Aus total: Tus
"""
import re
import statistics

_ITERATION = re.compile(r"^(\S+): iterations=1 runtime: (\d+)us$")
_SUMMARY = re.compile(r"^(\S+): iterations=(\d+) average: (\d+)us total: (\d+)us$")


class ProtocolError(Exception):
    """The output does not follow the harness protocol."""


def iteration_times(benchmark: str, stdout: str, iterations: int) -> list[int]:
    """The per-iteration times in microseconds, after checking the name, the count and the summary line."""
    times = []
    summary = None
    for line in stdout.splitlines():
        line = line.strip()
        if match := _ITERATION.match(line):
            if match.group(1) != benchmark:
                raise ProtocolError(f"iteration line names {match.group(1)!r}, expected {benchmark!r}")
            times.append(int(match.group(2)))
        elif match := _SUMMARY.match(line):
            if match.group(1) != benchmark:
                raise ProtocolError(f"summary line names {match.group(1)!r}, expected {benchmark!r}")
            summary = int(match.group(2))
    if len(times) != iterations:
        raise ProtocolError(f"expected {iterations} iteration lines, got {len(times)}")
    if summary is None:
        raise ProtocolError("no summary line (NAME: iterations=N average: ...)")
    if summary != iterations:
        raise ProtocolError(f"summary line says iterations={summary}, expected {iterations}")
    return times


def steady_median(times_us: list[int], warmup: int) -> float:
    """Median of one process run's iterations after the first `warmup` ones, in microseconds."""
    if warmup >= len(times_us):
        raise ValueError(f"{warmup} warm-up iterations leave none of {len(times_us)} to measure")
    return statistics.median(times_us[warmup:])


def median_of_runs(run_medians: list[float]) -> float:
    """The cell's figure: the median of the per-run steady-state medians."""
    return statistics.median(run_medians)
