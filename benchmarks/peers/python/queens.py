"""Queens: solves the eight queens problem ten times by backtracking."""
from harness import Benchmark
from som import new_array


class Queens(Benchmark):
    def __init__(self):
        self.free_rows = self.free_maxs = self.free_mins = self.queen_rows = None

    def benchmark(self):
        result = True
        for _ in range(10):
            result = result and self.queens()
        return result

    def queens(self):
        self.free_rows = new_array(8, True)
        self.free_maxs = new_array(16, True)
        self.free_mins = new_array(16, True)
        self.queen_rows = new_array(8, -1)
        return self.place_queen(0)

    def place_queen(self, c):
        for r in range(8):
            if self.get_row_column(r, c):
                self.queen_rows[r] = c
                self.set_row_column(r, c, False)
                if c == 7:
                    return True
                if self.place_queen(c + 1):
                    return True
                self.set_row_column(r, c, True)
        return False

    def get_row_column(self, r, c):
        return self.free_rows[r] and self.free_maxs[c + r] and self.free_mins[c - r + 7]

    def set_row_column(self, r, c, v):
        self.free_rows[r] = v
        self.free_maxs[c + r] = v
        self.free_mins[c - r + 7] = v

    def verify_result(self, result):
        return result
