"""Mandelbrot: the set on a size x size grid, folded into a checksum of its bitmap bytes."""
import sys

from harness import Benchmark


def mandelbrot(size):
    total = 0
    byte_acc = 0
    bit_num = 0
    y = 0
    while y < size:
        ci = (2.0 * y / size) - 1.0
        x = 0
        while x < size:
            zrzr = 0.0
            zi = 0.0
            zizi = 0.0
            cr = (2.0 * x / size) - 1.5
            z = 0
            not_done = True
            escape = 0
            while not_done and z < 50:
                zr = zrzr - zizi + cr
                zi = 2.0 * zr * zi + ci
                zrzr = zr * zr
                zizi = zi * zi
                if zrzr + zizi > 4.0:
                    not_done = False
                    escape = 1
                z += 1
            byte_acc = (byte_acc << 1) + escape
            bit_num += 1
            if bit_num == 8:
                total ^= byte_acc
                byte_acc = 0
                bit_num = 0
            elif x == size - 1:
                byte_acc <<= 8 - bit_num
                total ^= byte_acc
                byte_acc = 0
                bit_num = 0
            x += 1
        y += 1
    return total


# The expected checksum for each size the suite verifies.
EXPECTED = {500: 191, 750: 50, 1: 128}


class Mandelbrot(Benchmark):
    def inner_benchmark_loop(self, inner_iterations):
        return self.verify_result(mandelbrot(inner_iterations), inner_iterations)

    def verify_result(self, result, inner_iterations):
        expected = EXPECTED.get(inner_iterations)
        if expected is None:
            print(f"Mandelbrot: no verification result for {inner_iterations} found; result is {result}",
                  file=sys.stderr)
            return False
        if result != expected:
            print(f"Mandelbrot: expected {expected}, got {result}", file=sys.stderr)
            return False
        return True
