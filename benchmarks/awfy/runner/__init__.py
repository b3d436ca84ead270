"""The Are We Fast Yet runner behind ``benchmarks/run``: sizes, runtimes, measurement and reports."""
