"""docs/perf/awfy.png: ratios to Java per benchmark and runtime, clustered bars on a log scale (gnuplot)."""
import math
import subprocess
from pathlib import Path

from .results import REFERENCE, Results


def _data(results: Results, runtimes: list[str]) -> str:
    rows = ["benchmark\t" + "\t".join(runtimes)]
    for size in results.sizes:
        values = []
        for runtime in runtimes:
            ratio = results.ratio(size.benchmark, runtime)
            values.append("-" if ratio is None else f"{ratio:.6g}")
        rows.append(size.benchmark + "\t" + "\t".join(values))
    rows.append("geo. mean\t" + "\t".join(
        "-" if (mean := results.geometric_mean(runtime)[0]) is None else f"{mean:.6g}" for runtime in runtimes))
    return "\n".join(rows) + "\n"


def _range(results: Results, runtimes: list[str]) -> tuple[float, float]:
    """Whole decades around every ratio and 1 (Java), so the bars start at a round number."""
    ratios = [ratio for size in results.sizes for runtime in runtimes
              if (ratio := results.ratio(size.benchmark, runtime)) is not None and ratio > 0] + [1.0]
    return 10 ** math.floor(math.log10(min(ratios)) - 1e-9), 10 ** math.ceil(math.log10(max(ratios)) + 1e-9)


def write(results: Results, png: Path, work: Path, subtitle: str) -> str | None:
    """Draws the chart; None when it was written, else why not."""
    others = [runtime for runtime in results.runtimes if runtime != REFERENCE]
    if REFERENCE not in results.runtimes or not others:
        return f"the chart needs {REFERENCE} and at least one other runtime"
    # a runtime without a single figure gets no bar slot; the subtitle names it instead
    runtimes = [runtime for runtime in others if any(results.ratio(size.benchmark, runtime) for size in results.sizes)]
    if not runtimes:
        return f"no runtime has a ratio to {REFERENCE}"
    absent = [runtime for runtime in others if runtime not in runtimes]
    if absent:
        subtitle += f"; no figure at all: {', '.join(absent)}"
    data = work / "awfy-chart.tsv"
    data.write_text(_data(results, runtimes), encoding="utf-8")
    low, high = _range(results, runtimes)
    script = f"""
set terminal pngcairo size 1500,720 font "DejaVu Sans,10" noenhanced
set output '{png}'
set title "Are We Fast Yet: time per iteration relative to {REFERENCE} (log scale, lower is faster)\\n{subtitle}"
set datafile separator "\\t"
set datafile missing "-"
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.85 border rgb "#444444"
set boxwidth 0.9 relative
set logscale y
set yrange [{low}:{high}]
set format y "%gx"
set ylabel "ratio to {REFERENCE} (1x = {REFERENCE})"
set grid ytics mytics lc rgb "#dddddd"
set xtics nomirror rotate by -30
set key outside right top title "runtime (no bar: failed)"
set arrow from graph 0, first 1 to graph 1, first 1 nohead lw 2 dt 2 lc rgb "#000000" front
plot for [i=2:{len(runtimes) + 1}] '{data}' using i:xtic(1) title columnheader(i)
"""
    result = subprocess.run(["gnuplot"], input=script, capture_output=True, text=True)
    if result.returncode != 0:
        return f"gnuplot failed: {result.stderr.strip()[:300]}"
    return None
