import unittest

from runner import harness_output
from runner.harness_output import ProtocolError


def output(name, times, summary=None):
    lines = [f"{name}: iterations=1 runtime: {t}us" for t in times]
    count = len(times) if summary is None else summary
    lines.append(f"{name}: iterations={count} average: {sum(times) // max(len(times), 1)}us total: {sum(times)}us")
    return "\n".join(lines) + "\n"


class IterationTimesTest(unittest.TestCase):
    def test_reads_every_iteration_in_order(self):
        self.assertEqual([300, 200, 100], harness_output.iteration_times("Richards", output("Richards", [300, 200, 100]), 3))

    def test_other_lines_are_ignored(self):
        text = "warming up\n" + output("Sieve", [5, 6])
        self.assertEqual([5, 6], harness_output.iteration_times("Sieve", text, 2))

    def test_a_missing_iteration_is_a_protocol_error(self):
        with self.assertRaisesRegex(ProtocolError, "expected 3 iteration lines, got 2"):
            harness_output.iteration_times("Sieve", output("Sieve", [5, 6]), 3)

    def test_another_name_is_a_protocol_error(self):
        with self.assertRaisesRegex(ProtocolError, "names 'Queens'"):
            harness_output.iteration_times("Sieve", output("Queens", [5]), 1)

    def test_the_summary_line_is_required_and_must_agree(self):
        with self.assertRaisesRegex(ProtocolError, "no summary line"):
            harness_output.iteration_times("Sieve", "Sieve: iterations=1 runtime: 5us\n", 1)
        with self.assertRaisesRegex(ProtocolError, "iterations=4, expected 2"):
            harness_output.iteration_times("Sieve", output("Sieve", [5, 6], summary=4), 2)


class MedianTest(unittest.TestCase):
    def test_warm_up_iterations_are_discarded(self):
        self.assertEqual(10, harness_output.steady_median([1000, 900, 10, 12, 9], 2))

    def test_an_even_count_takes_the_mean_of_the_middle_two(self):
        self.assertEqual(11, harness_output.steady_median([500, 10, 12], 1))

    def test_warm_up_must_leave_an_iteration(self):
        with self.assertRaises(ValueError):
            harness_output.steady_median([1, 2], 2)

    def test_median_of_runs(self):
        self.assertEqual(20, harness_output.median_of_runs([30, 10, 20]))


if __name__ == "__main__":
    unittest.main()
