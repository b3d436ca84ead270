"""The eight runtimes compared, each knowing how to get ready and how to start one benchmark run.

A runtime that cannot be made ready (not installable, RunaVM not buildable, no JIT tier, no port harness)
records why in `unavailable`; every one of its cells then fails with that reason without running.
"""
import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from .install import Installer

RUNAVM_HEAP = ["--gc-max-heap", "1g"]  # the macro benchmarks keep tens of MB live; the default cap is 256m


@dataclass
class Setting:
    """What the runtimes share: the RunaVM checkout, the tree holding the ports, a scratch directory."""
    repo: Path
    ports: Path
    work: Path
    installer: Installer
    log: object


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[0] if lines else ""


def _output_of(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True, **kwargs)


@dataclass
class Runtime:
    name: str
    jit: bool  # compiles to machine code while running: gets the longer jit_iterations plan
    unavailable: str | None = None  # why no cell of this runtime runs, in a few words
    unavailable_detail: str = ""
    version: str = ""
    environment: dict = field(default_factory=dict)

    def prepare(self, setting: Setting) -> None:
        raise NotImplementedError

    def port(self, setting: Setting, benchmark: str) -> Path:
        """The file that must exist for this runtime to run `benchmark`."""
        raise NotImplementedError

    def command(self, setting: Setting, benchmark: str, iterations: int, inner: int) -> tuple[list[str], Path]:
        """(argument vector, working directory) of one process run."""
        raise NotImplementedError

    def _require(self, path: Path, setting: Setting) -> bool:
        if not path.is_file():
            self.unavailable = "missing port"
            self.unavailable_detail = f"{path.relative_to(setting.ports)} not found"
            return False
        return True


class RunaVmBuild:
    """Builds this checkout's distribution once (through ./runavm) and reads its --version."""

    def __init__(self):
        self.done = False
        self.failure: str | None = None
        self.detail = ""
        self.version_text = ""

    def ensure(self, setting: Setting) -> None:
        if self.done:
            return
        self.done = True
        setting.log("run: building / checking RunaVM (./runavm --version)")
        try:
            # standard error is not captured: the launcher says there when it builds, and why a build failed
            result = subprocess.run([str(setting.repo / "runavm"), "--version"], stdin=subprocess.DEVNULL,
                                    stdout=subprocess.PIPE, text=True, timeout=1800)
        except subprocess.TimeoutExpired:
            self.failure = "RunaVM build timed out"
            return
        if result.returncode != 0:
            self.failure = "RunaVM build failed"
            self.detail = f"./runavm --version exited with status {result.returncode} (see the messages above)"
            return
        self.version_text = result.stdout

    def tiers(self) -> str:
        for line in self.version_text.splitlines():
            if line.startswith("tiers:"):
                return line.split(":", 1)[1].strip()
        return ""


class RunaVm(Runtime):
    def __init__(self, name: str, jit: bool, build: RunaVmBuild):
        super().__init__(name, jit)
        self._build = build

    def prepare(self, setting):
        self._build.ensure(setting)
        if self._build.failure:
            self.unavailable = self._build.failure
            self.unavailable_detail = self._build.detail
            return
        self.version = _first_line(self._build.version_text) + f" (tiers: {self._build.tiers()})"
        if self.jit and self._build.tiers() in ("", "none"):
            self.unavailable = "no JIT tier in this build"
            return
        self._require(setting.ports / "benchmarks/awfy/runa/harness.runa", setting)
        # the timed runs must not walk the source tree looking for changes
        self.environment = {"RUNAVM_NO_BUILD": "1"}

    def port(self, setting, benchmark):
        return setting.ports / "benchmarks/awfy/runa" / f"{benchmark.lower()}.runa"

    def command(self, setting, benchmark, iterations, inner):
        jit = ["--jit", "on"] if self.jit else ["--jit", "off"]
        return ([str(setting.repo / "runavm"), *jit, *RUNAVM_HEAP, str(self.port(setting, benchmark)),
                 str(iterations), str(inner)], setting.ports)


class Java(Runtime):
    def __init__(self):
        super().__init__("Java", jit=True)
        self._java = ""
        self._classes: Path | None = None

    def _sources(self, setting):
        return setting.ports / "benchmarks/peers/java/src/awfy"

    def prepare(self, setting):
        found = _output_of(["bash", "-c", '. "$1/bin/jdk.sh" && printf %s "$JAVA_HOME"', "jdk", str(setting.repo)])
        if found.returncode != 0 or not found.stdout:
            self.unavailable = "runtime not installable"
            self.unavailable_detail = "no JDK 25 found: install one (e.g. Temurin 25) or set JAVA_HOME"
            return
        home = Path(found.stdout)
        self._java = str(home / "bin/java")
        self.version = _first_line(_output_of([self._java, "-version"]).stderr)
        if not self._require(self._sources(setting) / "Harness.java", setting):
            return
        self._classes = setting.work / "java-classes"
        self._classes.mkdir(parents=True, exist_ok=True)
        sources = sorted(str(path) for path in self._sources(setting).rglob("*.java"))
        setting.log(f"run: compiling the Java peer ({len(sources)} files, javac --release 25)")
        result = _output_of([str(home / "bin/javac"), "--release", "25", "-d", str(self._classes), *sources])
        if result.returncode != 0:
            setting.log(result.stderr.strip()[-2000:])
            self.unavailable = "javac failed"
            self.unavailable_detail = _first_line(result.stderr)[:400]

    def port(self, setting, benchmark):
        # a micro benchmark is awfy/NAME.java; a macro benchmark has a package, e.g. awfy/richards/Richards.java
        flat = self._sources(setting) / f"{benchmark}.java"
        if flat.is_file():
            return flat
        return self._sources(setting) / benchmark.lower() / f"{benchmark}.java"

    def command(self, setting, benchmark, iterations, inner):
        return ([self._java, "-cp", str(self._classes), "awfy.Harness", benchmark, str(iterations), str(inner)],
                setting.ports)


class ScriptPeer(Runtime):
    """A peer run as `EXECUTABLE [FLAGS] harness.EXT NAME ITERATIONS INNER` in its own directory."""

    def __init__(self, name, jit, executable, package, directory, extension, flags=(), version_flag="-v"):
        super().__init__(name, jit)
        self._executable = executable
        self._package = package
        self._directory = directory
        self._extension = extension
        self._flags = list(flags)
        self._version_flag = version_flag

    def _dir(self, setting):
        return setting.ports / "benchmarks/peers" / self._directory

    def prepare(self, setting):
        reason = setting.installer.ensure(self._executable, self._package)
        if reason:
            self.unavailable = "runtime not installable"
            self.unavailable_detail = reason
            return
        result = _output_of([self._executable, self._version_flag])
        # "Lua 5.4.4  Copyright (C) ...", "LuaJIT 2.1.0-beta3 -- Copyright ...": the name and version
        self.version = re.split(r"\s+(?:--\s+)?Copyright", _first_line(result.stdout or result.stderr))[0]
        if self._flags:
            self.version += " " + " ".join(self._flags)
        self._require(self._dir(setting) / f"harness.{self._extension}", setting)

    def port(self, setting, benchmark):
        return self._dir(setting) / f"{benchmark.lower()}.{self._extension}"

    def command(self, setting, benchmark, iterations, inner):
        return ([self._executable, *self._flags, f"harness.{self._extension}", benchmark, str(iterations), str(inner)],
                self._dir(setting))


def all_runtimes() -> list[Runtime]:
    """Every runtime, in the order of the table's columns."""
    build = RunaVmBuild()
    return [
        RunaVm("RunaVM-interpreter", False, build),
        RunaVm("RunaVM-JIT", True, build),
        Java(),
        ScriptPeer("Lua5.4", False, "lua5.4", "lua5.4", "lua", "lua"),
        ScriptPeer("LuaJIT", True, "luajit", "luajit", "lua", "lua"),
        ScriptPeer("LuaJIT-joff", False, "luajit", "luajit", "lua", "lua", flags=["-joff"]),
        ScriptPeer("CPython", False, "python3", "python3", "python", "py", version_flag="--version"),
        ScriptPeer("Node", True, "node", "nodejs", "js", "js", version_flag="--version"),
    ]


def select(runtimes: list[Runtime], names: str | None) -> list[Runtime]:
    """The runtimes named in a comma-separated list (any case), in table order; all when `names` is None."""
    if names is None:
        return runtimes
    wanted = [name.strip().lower() for name in names.split(",") if name.strip()]
    known = {runtime.name.lower() for runtime in runtimes}
    unknown = [name for name in wanted if name not in known]
    if unknown:
        raise ValueError(f"unknown runtime(s) {', '.join(unknown)}; known: {', '.join(r.name for r in runtimes)}")
    return [runtime for runtime in runtimes if runtime.name.lower() in wanted]


def environment_for(runtime: Runtime) -> dict:
    return {**os.environ, **runtime.environment}
