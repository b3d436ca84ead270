# fib(30) by naive recursion: call and integer arithmetic cost.
import time

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

start = time.perf_counter()
result = fib(30)
elapsed = time.perf_counter() - start
print(result)
print("time_ms: %d" % int(elapsed * 1000))
