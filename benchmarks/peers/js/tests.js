'use strict';
// Checks of the pieces the benchmarks build on, beyond what the benchmarks' own verification
// reaches: som's collections against JavaScript's, CD's red-black tree against a Map with its
// invariants checked, and the Json parser on escapes, numbers and errors.
//   node benchmarks/peers/js/tests.js      (exit status 1 on a failure)
const som = require('./som');
const { RedBlackTree } = require('./cd');
const { JsonPureStringParser } = require('./json');

let failures = 0;
let checks = 0;

function check(condition, what) {
  checks++;
  if (!condition) {
    failures++;
    process.stderr.write('FAIL ' + what + '\n');
  }
}

// A deterministic generator, so a failure can be reproduced.
let seed = 12345;
function randomBelow(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return Math.floor(seed / 65536) % n;
}

// Random: the suite's first values.
{
  const r = new som.Random();
  check(r.next() === 22896 && r.next() === 34761 && r.next() === 34014, "Random's first values");
}

// Vector: append, at, atPut growth, removeFirst, remove, removeAll.
{
  const v = new som.Vector(2);
  for (let i = 1; i <= 100; i++) {
    v.append(i * 10);
  }
  check(v.size() === 100 && v.at(0) === 10 && v.at(99) === 1000, 'Vector appends past its capacity');
  check(v.removeFirst() === 10 && v.first() === 20 && v.size() === 99, 'Vector.removeFirst');
  v.atPut(300, 'x');
  check(v.at(300) === 'x' && v.at(299) === null && v.capacity() > 300, 'Vector.atPut grows');
  check(v.at(100000) === null, 'Vector.at past the end answers null');

  const a = {};
  const b = {};
  const w = new som.Vector();
  for (const e of [a, b, a, b, a]) {
    w.append(e);
  }
  check(w.remove(a) && w.size() === 2 && w.at(0) === b && w.at(1) === b, 'Vector.remove removes every occurrence');
  check(!w.remove(a), 'Vector.remove answers false when absent');
  w.removeAll();
  check(w.isEmpty() && w.first() === null && w.removeFirst() === null, 'Vector.removeAll empties');
}

// Vector.sort against Array.prototype.sort, on sizes around the quicksort's special cases.
for (const n of [0, 1, 2, 3, 4, 5, 17, 100, 1000]) {
  const values = [];
  const v = new som.Vector();
  for (let i = 0; i < n; i++) {
    const x = randomBelow(50);
    values.push(x);
    v.append(x);
  }
  v.removeFirst(); // sorting must respect the moving first index
  v.sort((x, y) => x - y);
  const expected = values.slice(1).sort((x, y) => x - y);
  let same = v.size() === expected.length;
  for (let i = 0; i < expected.length; i++) {
    same = same && v.at(i + 1) === expected[i];
  }
  check(same, 'Vector.sort of ' + n + ' elements');
}

class Key {
  constructor(id, hash) {
    this.id = id;
    this.hash = hash;
  }

  customHash() {
    return this.hash;
  }

  equals(other) {
    return this.id === other.id;
  }
}

// Dictionary against a Map: enough keys to resize several times, with colliding hashes.
{
  const d = new som.Dictionary();
  const ref = new Map();
  for (let step = 0; step < 5000; step++) {
    const id = randomBelow(700);
    d.atPut(new Key(id, id % 97), step);
    ref.set(id, step);
  }
  let same = d.size() === ref.size;
  for (const [id, value] of ref) {
    same = same && d.at(new Key(id, id % 97)) === value && d.containsKey(new Key(id, id % 97));
  }
  check(same, 'Dictionary agrees with a Map after ' + ref.size + ' keys');
  check(d.at(new Key(-1, 3)) === null && !d.containsKey(new Key(-1, 3)), 'Dictionary misses an absent key');
  check(d.keys().size() === ref.size && d.values().size() === ref.size, 'Dictionary keys and values');
  d.removeAll();
  check(d.isEmpty() && d.at(new Key(1, 1)) === null, 'Dictionary.removeAll');

  const identityDictionary = new som.IdentityDictionary();
  const k1 = new Key(1, 5);
  const k2 = new Key(1, 5);
  identityDictionary.atPut(k1, 'one');
  identityDictionary.atPut(k2, 'two');
  check(identityDictionary.size() === 2 && identityDictionary.at(k1) === 'one' &&
    identityDictionary.at(k2) === 'two', 'IdentityDictionary tells equal keys apart');
}

// Set compares with equals, IdentitySet by identity.
{
  const s = new som.Set();
  const ids = new som.IdentitySet();
  const k1 = new Key(7, 7);
  const k2 = new Key(7, 7);
  s.add(k1);
  s.add(k2);
  ids.add(k1);
  ids.add(k2);
  ids.add(k1);
  check(s.size() === 1 && s.contains(k2), 'Set adds equal elements once');
  check(ids.size() === 2 && ids.contains(k2), 'IdentitySet keeps equal but distinct elements');
  const collected = ids.collect((k) => k.id * 2);
  check(collected.size() === 2 && collected.at(0) === 14, 'Set.collect');
}

// CD's red-black tree: random puts and removes against a Map, checking order, parent links, red
// nodes' black children and equal black heights.
{
  const RED = 0;
  const BLACK = 1;
  class Num {
    constructor(v) {
      this.v = v;
    }

    compareTo(other) {
      return this.v === other.v ? 0 : (this.v < other.v ? -1 : 1);
    }
  }

  const blackHeight = (node, parent) => {
    if (node === null) {
      return 1;
    }
    if (node.parent !== parent) {
      throw new Error('parent link');
    }
    if (node.color === RED && [node.left, node.right].some((c) => c !== null && c.color === RED)) {
      throw new Error('red node with a red child');
    }
    const left = blackHeight(node.left, node);
    if (left !== blackHeight(node.right, node)) {
      throw new Error('unequal black heights');
    }
    return left + (node.color === BLACK ? 1 : 0);
  };

  const tree = new RedBlackTree();
  const ref = new Map();
  let agrees = true;
  for (let step = 0; step < 20000; step++) {
    const x = randomBelow(300);
    const old = ref.has(x) ? ref.get(x) : null;
    if (randomBelow(100) < 55) {
      agrees = agrees && tree.put(new Num(x), step) === old;
      ref.set(x, step);
    } else {
      agrees = agrees && tree.remove(new Num(x)) === old;
      ref.delete(x);
    }
    if (step % 500 === 0) {
      try {
        blackHeight(tree.root, null);
      } catch (e) {
        agrees = false;
      }
      agrees = agrees && (tree.root === null || tree.root.color === BLACK);
      const entries = [];
      tree.forEach((k, value) => entries.push(k.v + ':' + value));
      const expected = [...ref.entries()].sort((p, q) => p[0] - q[0]).map((p) => p[0] + ':' + p[1]);
      agrees = agrees && entries.join(',') === expected.join(',');
    }
  }
  check(agrees, 'RedBlackTree agrees with a Map and keeps its invariants');
}

// The Json parser.
{
  const value = new JsonPureStringParser(' { "a\\n\\"b" : [ 1, -2.5e+3, 0, true, false, null, "x\\\\y\\/\\t" ] , "k":{} }\r\n').parse();
  const arr = value.get('a\n"b');
  check(arr.isArray() && arr.size() === 7, 'Json array of seven values');
  check(arr.get(0).string === '1' && arr.get(1).string === '-2.5e+3' && arr.get(2).string === '0',
    'Json numbers keep their text');
  check(arr.get(3).isTrue() && arr.get(4).isFalse() && arr.get(5).isNull(), 'Json literals');
  check(arr.get(6).string === 'x\\y/\t', 'Json escapes');
  check(value.get('k').isObject() && value.get('k').size() === 0, 'Json empty object');
  for (const bad of ['[1,', '{"a" 1}', '01', '[1] x', 'tru', '"\\q"', '-', '1.', '1e', '']) {
    let rejected = false;
    try {
      new JsonPureStringParser(bad).parse();
    } catch (e) {
      rejected = true;
    }
    check(rejected, 'Json rejects ' + bad);
  }
}

console.log(checks + ' checks, ' + failures + ' failed');
process.exit(failures === 0 ? 0 : 1);
