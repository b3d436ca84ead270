"""Checks of the pieces the benchmarks build on, beyond what the benchmarks' own verification reaches:
som's collections against Python's, CD's red-black tree against a dict with its invariants checked,
and the Json parser on escapes, numbers and errors.

    python3 benchmarks/peers/python/tests.py      # exit status 1 on a failure
"""
import random
import sys

import som
from cd import BLACK, RED, RedBlackTree
from json import JsonPureStringParser

failures = 0
checks = 0


def check(condition, what):
    global failures, checks
    checks += 1
    if not condition:
        failures += 1
        print("FAIL " + what, file=sys.stderr)


rng = random.Random(12345)  # deterministic, so a failure can be reproduced

# Random: the suite's first values.
r = som.Random()
check([r.next(), r.next(), r.next()] == [22896, 34761, 34014], "Random's first values")

# Vector: append, at, at_put growth, remove_first, remove, remove_all.
v = som.Vector(2)
for i in range(1, 101):
    v.append(i * 10)
check(v.size() == 100 and v.at(0) == 10 and v.at(99) == 1000, "Vector appends past its capacity")
check(v.remove_first() == 10 and v.first() == 20 and v.size() == 99, "Vector.remove_first")
v.at_put(300, "x")
check(v.at(300) == "x" and v.at(299) is None and v.capacity() > 300, "Vector.at_put grows")
check(v.at(100000) is None, "Vector.at past the end answers None")

a, b = object(), object()
w = som.Vector()
for e in (a, b, a, b, a):
    w.append(e)
check(w.remove(a) and w.size() == 2 and w.at(0) is b and w.at(1) is b, "Vector.remove removes every occurrence")
check(not w.remove(a), "Vector.remove answers False when absent")
w.remove_all()
check(w.is_empty() and w.first() is None and w.remove_first() is None, "Vector.remove_all empties")

# Vector.sort against sorted(), on sizes around the quicksort's special cases.
for n in (0, 1, 2, 3, 4, 5, 17, 100, 1000):
    values = [rng.randrange(50) for _ in range(n)]
    v = som.Vector()
    for x in values:
        v.append(x)
    v.remove_first()  # sorting must respect the moving first index
    v.sort(lambda x, y: x - y)
    expected = sorted(values[1:])
    check([v.at(i) for i in range(1, v.size() + 1)] == expected, f"Vector.sort of {n} elements")


class Key:
    def __init__(self, ident, hash_):
        self.ident = ident
        self.hash = hash_

    def custom_hash(self):
        return self.hash

    def __eq__(self, other):
        return isinstance(other, Key) and self.ident == other.ident

    def __hash__(self):
        return self.hash


# Dictionary against a dict: enough keys to resize several times, with colliding hashes.
d = som.Dictionary()
ref = {}
for step in range(5000):
    ident = rng.randrange(700)
    d.at_put(Key(ident, ident % 97), step)
    ref[ident] = step
check(all(d.at(Key(i, i % 97)) == value and d.contains_key(Key(i, i % 97)) for i, value in ref.items())
      and d.size() == len(ref), f"Dictionary agrees with a dict after {len(ref)} keys")
check(d.at(Key(-1, 3)) is None and not d.contains_key(Key(-1, 3)), "Dictionary misses an absent key")
check(d.keys().size() == len(ref) and d.values().size() == len(ref), "Dictionary keys and values")
d.remove_all()
check(d.is_empty() and d.at(Key(1, 1)) is None, "Dictionary.remove_all")

identity_dictionary = som.IdentityDictionary()
k1, k2 = Key(1, 5), Key(1, 5)
identity_dictionary.at_put(k1, "one")
identity_dictionary.at_put(k2, "two")
check(identity_dictionary.size() == 2 and identity_dictionary.at(k1) == "one"
      and identity_dictionary.at(k2) == "two", "IdentityDictionary tells equal keys apart")

# Set compares with ==, IdentitySet by identity.
s = som.Set()
ids = som.IdentitySet()
k1, k2 = Key(7, 7), Key(7, 7)
for k in (k1, k2):
    s.add(k)
for k in (k1, k2, k1):
    ids.add(k)
check(s.size() == 1 and s.contains(k2), "Set adds equal elements once")
check(ids.size() == 2 and ids.contains(k2), "IdentitySet keeps equal but distinct elements")
collected = ids.collect(lambda k: k.ident * 2)
check(collected.size() == 2 and collected.at(0) == 14, "Set.collect")


# CD's red-black tree: random puts and removes against a dict, checking order, parent links, red
# nodes' black children and equal black heights.
class Num:
    def __init__(self, v):
        self.v = v

    def compare_to(self, other):
        return 0 if self.v == other.v else (-1 if self.v < other.v else 1)


def black_height(node, parent):
    if node is None:
        return 1
    assert node.parent is parent, "parent link"
    if node.color == RED:
        assert all(c is None or c.color == BLACK for c in (node.left, node.right)), "red node with a red child"
    left = black_height(node.left, node)
    assert left == black_height(node.right, node), "unequal black heights"
    return left + (1 if node.color == BLACK else 0)


tree = RedBlackTree()
ref = {}
agrees = True
for step in range(20000):
    x = rng.randrange(300)
    if rng.randrange(100) < 55:
        agrees = agrees and tree.put(Num(x), step) == ref.get(x)
        ref[x] = step
    else:
        agrees = agrees and tree.remove(Num(x)) == ref.pop(x, None)
    if step % 500 == 0:
        try:
            black_height(tree.root, None)
        except AssertionError:
            agrees = False
        agrees = agrees and (tree.root is None or tree.root.color == BLACK)
        entries = []
        tree.for_each(lambda k, value: entries.append((k.v, value)))
        agrees = agrees and entries == sorted(ref.items())
check(agrees, "RedBlackTree agrees with a dict and keeps its invariants")

# The Json parser.
value = JsonPureStringParser(' { "a\\n\\"b" : [ 1, -2.5e+3, 0, true, false, null, "x\\\\y\\/\\t" ] , "k":{} }\r\n').parse()
arr = value.get('a\n"b')
check(arr.is_array() and arr.size() == 7, "Json array of seven values")
check([arr.get(i).string for i in range(3)] == ["1", "-2.5e+3", "0"], "Json numbers keep their text")
check(arr.get(3).is_true() and arr.get(4).is_false() and arr.get(5).is_null(), "Json literals")
check(arr.get(6).string == "x\\y/\t", "Json escapes")
check(value.get("k").is_object() and value.get("k").size() == 0, "Json empty object")
for bad in ("[1,", '{"a" 1}', "01", "[1] x", "tru", '"\\q"', "-", "1.", "1e", ""):
    try:
        JsonPureStringParser(bad).parse()
        rejected = False
    except Exception:
        rejected = True
    check(rejected, "Json rejects " + bad)

print(f"{checks} checks, {failures} failed")
sys.exit(0 if failures == 0 else 1)
