import tempfile
import unittest
from pathlib import Path

from runner import sizes
from runner.sizes import SizesError

TABLE = Path(__file__).resolve().parents[2] / "sizes.tsv"


def rows(text):
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as file:
        file.write(text)
    return Path(file.name)


class SizesTest(unittest.TestCase):
    def test_the_committed_table_has_every_benchmark_once(self):
        table = sizes.load(TABLE)
        self.assertEqual(list(sizes.BENCHMARKS), sorted((s.benchmark for s in table), key=sizes.BENCHMARKS.index))

    def test_the_committed_inner_sizes_are_ones_every_port_verifies(self):
        # The benchmarks whose verification depends on the inner size check only the suite's sizes.
        verified = {"Mandelbrot": {1, 500, 750}, "NBody": {1, 250000}, "CD": {2, 10, 100, 200, 250, 500, 1000},
                    "Havlak": {1, 15, 150, 1500, 15000}}
        for size in sizes.load(TABLE):
            if size.benchmark in verified:
                self.assertIn(size.inner, verified[size.benchmark], size.benchmark)

    def test_plans(self):
        size = sizes.Size("Sieve", 3000, 10, 4, 60, 30)
        self.assertEqual((10, 4), size.plan(jit=False))
        self.assertEqual((60, 30), size.plan(jit=True))

    def test_quick_is_inner_one(self):
        quick = sizes.quick(sizes.load(TABLE))
        self.assertTrue(all(s.inner == 1 and s.plan(False) == (3, 1) for s in quick))

    def test_a_missing_benchmark_is_an_error(self):
        path = rows("benchmark inner iterations warmup jit_iterations jit_warmup\nSieve 1 3 1 3 1\n")
        with self.assertRaisesRegex(SizesError, "no row for Bounce"):
            sizes.load(path)

    def test_warm_up_must_leave_iterations(self):
        text = "".join(f"{name} 1 3 1 3 1\n" for name in sizes.BENCHMARKS).replace("Sieve 1 3 1", "Sieve 1 3 3")
        with self.assertRaisesRegex(SizesError, ":7: need"):
            sizes.load(rows(text))

    def test_unknown_names_and_short_rows_are_errors(self):
        with self.assertRaisesRegex(SizesError, "unknown benchmark 'Fannkuch'"):
            sizes.load(rows("Fannkuch 1 3 1 3 1\n"))
        with self.assertRaisesRegex(SizesError, "expected 6 fields"):
            sizes.load(rows("Sieve 1 3 1 # comment\n"))


if __name__ == "__main__":
    unittest.main()
