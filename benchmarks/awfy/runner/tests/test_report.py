import unittest

from runner import report
from runner.measure import RunResult
from runner.results import Cell, Results
from runner.sizes import Size


def results():
    table = [Size("Sieve", 3000, 10, 4, 60, 30), Size("Richards", 10, 10, 4, 60, 30)]
    res = Results(table, ["RunaVM-interpreter", "Java"])
    figures = {("Sieve", "RunaVM-interpreter"): 40_000, ("Sieve", "Java"): 1_000,
               ("Richards", "RunaVM-interpreter"): None, ("Richards", "Java"): 2_500}
    for (benchmark, runtime), median in figures.items():
        cell = Cell(benchmark, runtime, 10, 4)
        if median is None:
            cell.failure, cell.detail = "timeout after 150 s", ""
        else:
            cell.runs = [RunResult([median] * 10, median, 1.0, None)]
        res.cells[(benchmark, runtime)] = cell
    return res


class TableTest(unittest.TestCase):
    def test_cells_show_time_ratio_or_failure(self):
        table = report.table(results())
        self.assertIn("| Sieve | 3000 | 40.0 ms (40.0x) | 1.00 ms (1.00x) |", table)
        self.assertIn("| Richards | 10 | failed: timeout after 150 s | 2.50 ms (1.00x) |", table)

    def test_geometric_mean_says_how_many_benchmarks_it_covers(self):
        self.assertIn("| geometric mean of the ratios to Java | | **40.0x** (1 of 2) | **1.00x** |", report.table(results()))

    def test_failure_notes_group_by_runtime_and_reason(self):
        self.assertIn("- RunaVM-interpreter, timeout after 150 s: Richards", report.failure_notes(results()))


class SectionTest(unittest.TestCase):
    def test_an_existing_section_is_replaced_and_the_rest_kept(self):
        document = "# Performance\n\n## Compiler\n\nfast\n\n## Are We Fast Yet\n\nold\n\n## Interpreter\n\nslow\n"
        updated = report.replace_section(document, "## Are We Fast Yet\n\nnew\n")
        self.assertEqual("# Performance\n\n## Compiler\n\nfast\n\n## Are We Fast Yet\n\nnew\n\n## Interpreter\n\nslow\n",
                         updated)

    def test_a_missing_section_is_appended(self):
        self.assertEqual("# Performance\n\ntext\n\n## Are We Fast Yet\n\nnew\n",
                         report.replace_section("# Performance\n\ntext\n", "## Are We Fast Yet\n\nnew\n"))

    def test_the_last_section_is_replaced_to_the_end(self):
        self.assertEqual("# P\n\n## Are We Fast Yet\n\nnew\n",
                         report.replace_section("# P\n\n## Are We Fast Yet\n\nold\n\nmore old\n", "## Are We Fast Yet\n\nnew\n"))


if __name__ == "__main__":
    unittest.main()
