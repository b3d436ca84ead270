"""One bounded process run of one benchmark under one runtime, and what it amounts to."""
import os
import signal
import subprocess
import time
from dataclasses import dataclass

from . import harness_output
from .runtimes import Runtime, Setting, environment_for


@dataclass
class RunResult:
    times_us: list[int]        # every iteration's time, warm-up included (empty when the run failed)
    median_us: float | None    # median after the warm-up iterations
    wall_s: float              # the whole process, start-up included
    failure: str | None        # why the run produced no figure, in a few words for the table
    detail: str = ""           # the longer story (standard error's first line, the protocol problem)

    def as_json(self) -> dict:
        return {"iterations_us": self.times_us, "steady_median_us": self.median_us,
                "wall_s": round(self.wall_s, 3), "failure": self.failure, "detail": self.detail}


def run_once(runtime: Runtime, setting: Setting, benchmark: str, iterations: int, warmup: int, inner: int,
             timeout_s: float) -> RunResult:
    argv, cwd = runtime.command(setting, benchmark, iterations, inner)
    started = time.monotonic()
    # a session of its own, so a timeout kills the runtime's whole process group (launcher script + JVM)
    process = subprocess.Popen(argv, cwd=cwd, env=environment_for(runtime), stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        return RunResult([], None, time.monotonic() - started, f"timeout after {timeout_s:g} s")
    wall = time.monotonic() - started
    if process.returncode != 0:
        return RunResult([], None, wall, _reason(process.returncode, stderr), _first_lines(stderr))
    try:
        times = harness_output.iteration_times(benchmark, stdout, iterations)
    except harness_output.ProtocolError as error:
        return RunResult([], None, wall, "output not in the harness protocol", str(error))
    return RunResult(times, harness_output.steady_median(times, warmup), wall, None)


def _reason(status: int, stderr: str) -> str:
    if "result verification failed" in stderr:
        return "verification failed"
    if status < 0:
        return f"killed by signal {-status}"
    return f"exit status {status}"


def _first_lines(stderr: str) -> str:
    lines = [line.strip() for line in stderr.strip().splitlines() if line.strip()]
    return " / ".join(lines[:3])[:400]
