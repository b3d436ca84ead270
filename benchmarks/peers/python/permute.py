"""Permute: generates all permutations of six elements by recursive swapping, counting calls."""
from harness import Benchmark
from som import new_array


class Permute(Benchmark):
    def __init__(self):
        self.count = 0
        self.v = None

    def benchmark(self):
        self.count = 0
        self.v = new_array(6, 0)
        self.permute(6)
        return self.count

    def permute(self, n):
        self.count += 1
        if n != 0:
            n1 = n - 1
            self.permute(n1)
            for i in range(n1, -1, -1):
                self.swap(n1, i)
                self.permute(n1)
                self.swap(n1, i)

    def swap(self, i, j):
        tmp = self.v[i]
        self.v[i] = self.v[j]
        self.v[j] = tmp

    def verify_result(self, result):
        return result == 8660
