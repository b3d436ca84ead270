# binary-trees (the Benchmarks Game algorithm): allocate and walk complete binary trees of tuples;
# a leaf is (None, None). Allocation, collection and call cost. MAX_DEPTH is the same in every language.
import time

MIN_DEPTH = 4
MAX_DEPTH = 16

def make(depth):
    if depth == 0:
        return (None, None)
    return (make(depth - 1), make(depth - 1))

def check(tree):
    if tree[0] is None:
        return 1
    return 1 + check(tree[0]) + check(tree[1])

start = time.perf_counter()
stretch = MAX_DEPTH + 1
print("stretch tree of depth %d check: %d" % (stretch, check(make(stretch))))
long_lived = make(MAX_DEPTH)
depth = MIN_DEPTH
while depth <= MAX_DEPTH:
    iterations = 1 << (MAX_DEPTH - depth + MIN_DEPTH)
    total = 0
    for i in range(1, iterations + 1):
        total += check(make(depth))
    print("%d trees of depth %d check: %d" % (iterations, depth, total))
    depth += 2
print("long lived tree of depth %d check: %d" % (MAX_DEPTH, check(long_lived)))
elapsed = time.perf_counter() - start
print("time_ms: %d" % int(elapsed * 1000))
