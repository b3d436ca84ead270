# 10^8 integer additions in a counting loop: dispatch cost of the simplest loop body.
import time

def sum_to(n):
    total = 0
    for i in range(1, n + 1):
        total += i
    return total

start = time.perf_counter()
result = sum_to(100_000_000)
elapsed = time.perf_counter() - start
print(result)
print("time_ms: %d" % int(elapsed * 1000))
