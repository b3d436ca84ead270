"""One process run under a real runtime (CPython, which runs these tests) and each way it can fail."""
import tempfile
import textwrap
import unittest
from pathlib import Path

from runner.install import Installer
from runner.measure import run_once
from runner.runtimes import ScriptPeer, Setting

HARNESS = textwrap.dedent('''
    import sys, time
    name, iterations, inner = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    if name == "Bounce":        # a correct run: iteration i takes (10 - i) * 100 microseconds
        for i in range(iterations):
            print(f"Bounce: iterations=1 runtime: {(10 - i) * 100}us")
        print(f"Bounce: iterations={iterations} average: 1us total: 1us")
    elif name == "List":
        print("List: result verification failed", file=sys.stderr)
        sys.exit(1)
    elif name == "Sieve":       # one iteration line short
        print("Sieve: iterations=1 runtime: 5us")
        print(f"Sieve: iterations={iterations} average: 5us total: 5us")
    elif name == "Towers":
        time.sleep(30)
    else:
        print(f"unknown benchmark {name}", file=sys.stderr)
        sys.exit(2)
''')


class RunOnceTest(unittest.TestCase):
    def setUp(self):
        self.tree = Path(tempfile.mkdtemp())
        peers = self.tree / "benchmarks/peers/python"
        peers.mkdir(parents=True)
        (peers / "harness.py").write_text(HARNESS)
        self.setting = Setting(self.tree, self.tree, self.tree, Installer(lambda message: None), lambda message: None)
        self.python = ScriptPeer("CPython", False, "python3", "python3", "python", "py", version_flag="--version")
        self.python.prepare(self.setting)

    def run_benchmark(self, name, timeout=20):
        return run_once(self.python, self.setting, name, 5, 2, 1, timeout)

    def test_a_correct_run_keeps_every_iteration_and_the_median_after_warm_up(self):
        result = self.run_benchmark("Bounce")
        self.assertIsNone(result.failure)
        self.assertEqual([1000, 900, 800, 700, 600], result.times_us)
        self.assertEqual(700, result.median_us)

    def test_failed_verification(self):
        result = self.run_benchmark("List")
        self.assertEqual("verification failed", result.failure)
        self.assertIn("List: result verification failed", result.detail)

    def test_output_outside_the_protocol(self):
        result = self.run_benchmark("Sieve")
        self.assertEqual("output not in the harness protocol", result.failure)
        self.assertEqual("expected 5 iteration lines, got 1", result.detail)

    def test_timeout_kills_the_run(self):
        result = self.run_benchmark("Towers", timeout=1)
        self.assertEqual("timeout after 1 s", result.failure)
        self.assertLess(result.wall_s, 10)

    def test_other_exit_status(self):
        result = self.run_benchmark("Queens")
        self.assertEqual("exit status 2", result.failure)
        self.assertEqual("unknown benchmark Queens", result.detail)

    def test_a_missing_harness_makes_the_runtime_unavailable(self):
        (self.tree / "benchmarks/peers/python/harness.py").unlink()
        peer = ScriptPeer("CPython", False, "python3", "python3", "python", "py", version_flag="--version")
        peer.prepare(self.setting)
        self.assertEqual("missing port", peer.unavailable)
        self.assertEqual("benchmarks/peers/python/harness.py not found", peer.unavailable_detail)


if __name__ == "__main__":
    unittest.main()
