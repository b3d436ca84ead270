# binary-trees (depth 16, as binarytrees.py) four times in one program, each round timed, for
# comparison with binarytrees_warm.runa (CPython has no warm-up to speak of: every round costs the same).
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

def trees():
    total = check(make(MAX_DEPTH + 1))
    long_lived = make(MAX_DEPTH)
    depth = MIN_DEPTH
    while depth <= MAX_DEPTH:
        iterations = 1 << (MAX_DEPTH - depth + MIN_DEPTH)
        for i in range(1, iterations + 1):
            total += check(make(depth))
        depth += 2
    return total + check(long_lived)

for round in range(4):
    start = time.perf_counter()
    result = trees()
    print("binary-trees(16) checks %d nodes in %d ms" % (result, int((time.perf_counter() - start) * 1000)))
