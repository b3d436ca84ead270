"""Sieve: the sieve of Eratosthenes up to 5000, counting the primes."""
from harness import Benchmark
from som import new_array


def sieve(flags, size):
    prime_count = 0
    for i in range(2, size + 1):
        if flags[i - 1]:
            prime_count += 1
            k = i + i
            while k <= size:
                flags[k - 1] = False
                k += i
    return prime_count


class Sieve(Benchmark):
    def benchmark(self):
        flags = new_array(5000, True)
        return sieve(flags, 5000)

    def verify_result(self, result):
        return result == 669
