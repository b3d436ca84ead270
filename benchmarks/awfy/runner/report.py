"""What one invocation writes: the Markdown table and section, and the machine-readable JSON."""
from pathlib import Path

from .results import REFERENCE, Results

SECTION = "## Are We Fast Yet"


def milliseconds(us: float) -> str:
    ms = us / 1000
    if ms >= 100:
        return f"{ms:.0f} ms"
    if ms >= 10:
        return f"{ms:.1f} ms"
    if ms >= 1:
        return f"{ms:.2f} ms"
    return f"{ms:.3f} ms"


def times(ratio: float) -> str:
    if ratio >= 100:
        return f"{ratio:.0f}x"
    if ratio >= 10:
        return f"{ratio:.1f}x"
    return f"{ratio:.2f}x"


def _escape(text: str) -> str:
    return text.replace("|", "\\|")


def table(results: Results) -> str:
    """Rows: benchmarks; columns: runtimes; a cell: time per iteration and ratio to Java, or the failure."""
    lines = ["| benchmark | inner | " + " | ".join(results.runtimes) + " |",
             "| --- | ---: | " + " | ".join("---:" for _ in results.runtimes) + " |"]
    for size in results.sizes:
        cells = []
        for runtime in results.runtimes:
            cell = results.cell(size.benchmark, runtime)
            if cell.failure:
                cells.append(_escape(f"failed: {cell.failure}"))
                continue
            ratio = results.ratio(size.benchmark, runtime)
            cells.append(milliseconds(cell.median_us) + (f" ({times(ratio)})" if ratio is not None else ""))
        lines.append(f"| {size.benchmark} | {size.inner} | " + " | ".join(cells) + " |")
    means = []
    for runtime in results.runtimes:
        mean, count = results.geometric_mean(runtime)
        if mean is None:
            means.append("-")
        else:
            means.append(f"**{times(mean)}**" + ("" if count == len(results.sizes) else f" ({count} of {len(results.sizes)})"))
    lines.append(f"| geometric mean of the ratios to {REFERENCE} | | " + " | ".join(means) + " |")
    return "\n".join(lines) + "\n"


def failure_notes(results: Results) -> str:
    """One line per runtime and reason: which benchmarks failed so, and the first one's details."""
    groups: dict[tuple[str, str], list] = {}
    for size in results.sizes:
        for runtime in results.runtimes:
            cell = results.cell(size.benchmark, runtime)
            if cell.failure:
                groups.setdefault((runtime, cell.failure), []).append(cell)
    if not groups:
        return "Every cell has a figure: no port was missing, timed out or failed its verification.\n"
    lines = ["Failed cells:", ""]
    for (runtime, reason), cells in groups.items():
        detail = next((cell.detail for cell in cells if cell.detail), "")
        names = ", ".join(cell.benchmark for cell in cells)
        detail = detail.replace("`", "'")
        lines.append(f"- {runtime}, {reason}: {names}" + (f" (first: `{detail}`)" if detail else ""))
    return "\n".join(lines) + "\n"


def replace_section(document: str, section: str) -> str:
    """`document` with its "## Are We Fast Yet" section (up to the next "## " heading) replaced by
    `section`, or with `section` appended when it has none."""
    lines = document.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.rstrip("\n") == SECTION), None)
    body = section.rstrip("\n") + "\n"
    if start is None:
        prefix = document.rstrip("\n")
        return (prefix + "\n\n" if prefix else "") + body
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    after = "".join(lines[end:])
    return "".join(lines[:start]) + body + ("\n" + after if after else "")


def write_section(path: Path, section: str) -> None:
    existing = path.read_text(encoding="utf-8") if path.is_file() else ""
    path.write_text(replace_section(existing, section), encoding="utf-8")


def as_json(results: Results, context: dict, runtimes_info: list[dict]) -> dict:
    entries = []
    for size in results.sizes:
        for runtime in results.runtimes:
            cell = results.cell(size.benchmark, runtime)
            entries.append({
                "benchmark": size.benchmark, "runtime": runtime, "inner": size.inner,
                "iterations": cell.iterations, "warmup": cell.warmup,
                "runs": [run.as_json() for run in cell.runs],
                "median_us": cell.median_us, "ratio_to_java": results.ratio(size.benchmark, runtime),
                "failure": cell.failure, "detail": cell.detail,
            })
    means = {}
    for runtime in results.runtimes:
        mean, count = results.geometric_mean(runtime)
        means[runtime] = {"ratio_to_java": mean, "benchmarks": count}
    return {
        **context,
        "runtimes": runtimes_info,
        "sizes": [size.as_json() for size in results.sizes],
        "results": entries,
        "geometric_mean": means,
        "failures": [{"benchmark": cell.benchmark, "runtime": cell.runtime, "reason": cell.failure,
                      "detail": cell.detail} for cell in results.failures()],
    }
