"""Installs a missing runtime or tool from the Debian packages (apt-get, through sudo when not root)."""
import os
import shutil
import subprocess
import sys


class Installer:
    def __init__(self, log):
        self._log = log
        self._updated = False
        self._failed: dict[str, str] = {}

    def ensure(self, command: str, package: str) -> str | None:
        """None when `command` is on the PATH (installing `package` first if needed), else the reason."""
        if shutil.which(command):
            return None
        if package in self._failed:
            return self._failed[package]
        reason = self._install(package)
        if reason is None and not shutil.which(command):
            reason = f"installing {package} did not provide {command}"
        if reason is not None:
            self._failed[package] = reason
        return reason

    def _install(self, package: str) -> str | None:
        if not shutil.which("apt-get"):
            return f"{package} is not installed and apt-get is not available"
        prefix = []
        if os.geteuid() != 0:
            if not shutil.which("sudo"):
                return f"{package} is not installed; installing it needs root or sudo"
            prefix = ["sudo", "-n"]
        self._log(f"run: installing {package} (apt-get)")
        steps = ([] if self._updated else [prefix + ["apt-get", "update", "-qq"]]) + \
                [prefix + ["apt-get", "install", "-y", "-qq", "--no-install-recommends", package]]
        for step in steps:
            result = subprocess.run(step, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                    text=True, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
            if result.returncode != 0:
                detail = (result.stderr.strip().splitlines() or ["no message"])[-1]
                print(f"run: {' '.join(step)} failed: {result.stderr.strip()[-400:]}", file=sys.stderr)
                return f"apt-get install {package} failed: {detail[:200]}"
            if "update" in step:
                self._updated = True
        return None
