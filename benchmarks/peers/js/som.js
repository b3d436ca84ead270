'use strict';
// The suite's shared library ("som"): Vector, Set, IdentitySet, Dictionary, IdentityDictionary,
// Random and fixed-size arrays, used instead of JavaScript's own collections where the suite
// uses them.

const INITIAL_CAPACITY = 16;

// A fixed-size array of n elements, each value.
function newArray(n, value = null) {
  return new Array(n).fill(value);
}

// The suite's linear congruential generator, 16-bit results.
class Random {
  constructor() {
    this.seed = 74755;
  }

  next() {
    this.seed = ((this.seed * 1309) + 13849) & 65535;
    return this.seed;
  }
}

// A growable array over a fixed-size one, with a moving first index (removeFirst is O(1)).
class Vector {
  constructor(size = 50) {
    this.storage = newArray(size);
    this.firstIdx = 0;
    this.lastIdx = 0;
  }

  static with(element) {
    const v = new Vector(1);
    v.append(element);
    return v;
  }

  at(idx) {
    if (idx >= this.storage.length) {
      return null;
    }
    return this.storage[idx];
  }

  atPut(idx, value) {
    if (idx >= this.storage.length) {
      let newLength = Math.max(this.storage.length, 1);
      while (newLength <= idx) {
        newLength *= 2;
      }
      this.growTo(newLength);
    }
    this.storage[idx] = value;
    if (this.lastIdx < idx + 1) {
      this.lastIdx = idx + 1;
    }
  }

  growTo(newLength) {
    const newStorage = newArray(newLength);
    for (let i = 0; i < this.storage.length; i++) {
      newStorage[i] = this.storage[i];
    }
    this.storage = newStorage;
  }

  append(element) {
    if (this.lastIdx >= this.storage.length) {
      this.growTo(Math.max(this.storage.length * 2, 1));
    }
    this.storage[this.lastIdx] = element;
    this.lastIdx++;
  }

  isEmpty() {
    return this.lastIdx === this.firstIdx;
  }

  forEach(fn) {
    for (let i = this.firstIdx; i < this.lastIdx; i++) {
      fn(this.storage[i]);
    }
  }

  hasSome(fn) {
    for (let i = this.firstIdx; i < this.lastIdx; i++) {
      if (fn(this.storage[i])) {
        return true;
      }
    }
    return false;
  }

  getOne(fn) {
    for (let i = this.firstIdx; i < this.lastIdx; i++) {
      const e = this.storage[i];
      if (fn(e)) {
        return e;
      }
    }
    return null;
  }

  first() {
    if (this.isEmpty()) {
      return null;
    }
    return this.storage[this.firstIdx];
  }

  removeFirst() {
    if (this.isEmpty()) {
      return null;
    }
    this.firstIdx++;
    return this.storage[this.firstIdx - 1];
  }

  // Removes every occurrence of obj (by identity); true if there was one.
  remove(obj) {
    const newStorage = newArray(this.storage.length);
    let newLast = 0;
    let found = false;
    this.forEach((it) => {
      if (it === obj) {
        found = true;
      } else {
        newStorage[newLast++] = it;
      }
    });
    this.storage = newStorage;
    this.lastIdx = newLast;
    this.firstIdx = 0;
    return found;
  }

  removeAll() {
    this.firstIdx = 0;
    this.lastIdx = 0;
    this.storage = newArray(this.storage.length);
  }

  size() {
    return this.lastIdx - this.firstIdx;
  }

  capacity() {
    return this.storage.length;
  }

  // Sorts in place; comparator(a, b) is negative, zero or positive as a sorts before, with, after b.
  sort(comparator) {
    if (this.size() > 0) {
      this.sortRange(this.firstIdx, this.lastIdx - 1, comparator);
    }
  }

  // The suite's median-of-three quicksort over storage[i..j].
  sortRange(i, j, c) {
    const storage = this.storage;
    const n = j + 1 - i;
    if (n <= 1) {
      return;
    }
    let di = storage[i];
    let dj = storage[j];
    if (c(di, dj) > 0) {
      storage[i] = dj;
      storage[j] = di;
      const tt = di;
      di = dj;
      dj = tt;
    }
    if (n > 2) {
      const ij = Math.floor((i + j) / 2);
      let dij = storage[ij];
      if (c(di, dij) <= 0) {
        if (c(dij, dj) > 0) {
          storage[j] = dij;
          storage[ij] = dj;
          dij = dj;
        }
      } else {
        storage[i] = dij;
        storage[ij] = di;
        dij = di;
      }
      if (n > 3) {
        let k = i;
        let l = j - 1;
        for (;;) {
          while (k <= l && c(dij, storage[l]) <= 0) {
            l--;
          }
          k++;
          while (k <= l && c(storage[k], dij) <= 0) {
            k++;
          }
          if (k > l) {
            break;
          }
          const t = storage[k];
          storage[k] = storage[l];
          storage[l] = t;
        }
        this.sortRange(i, l, c);
        this.sortRange(k, j, c);
      }
    }
  }
}

// A Vector without duplicates; elements compare with equals() when they have it, else identity.
class Set {
  constructor(size = 10) {
    this.items = new Vector(size);
  }

  size() {
    return this.items.size();
  }

  forEach(fn) {
    this.items.forEach(fn);
  }

  hasSome(fn) {
    return this.items.hasSome(fn);
  }

  getOne(fn) {
    return this.items.getOne(fn);
  }

  add(obj) {
    if (!this.contains(obj)) {
      this.items.append(obj);
    }
  }

  collect(fn) {
    const coll = new Vector();
    this.forEach((e) => coll.append(fn(e)));
    return coll;
  }

  contains(obj) {
    return this.hasSome((e) => (e !== null && typeof e === 'object' && e.equals ? e.equals(obj) : e === obj));
  }

  removeAll() {
    this.items.removeAll();
  }
}

// A Set compared by identity.
class IdentitySet extends Set {
  contains(obj) {
    return this.hasSome((e) => e === obj);
  }
}

class Entry {
  constructor(hash, key, value, next) {
    this.hash = hash;
    this.key = key;
    this.value = value;
    this.next = next;
  }

  match(hash, key) {
    return this.hash === hash && (this.key.equals ? this.key.equals(key) : this.key === key);
  }
}

class IdentityEntry extends Entry {
  match(hash, key) {
    return this.hash === hash && this.key === key;
  }
}

// A chained hash table keyed by objects with customHash(), doubling when it holds more entries
// than buckets.
class Dictionary {
  constructor(size = INITIAL_CAPACITY) {
    this.buckets = newArray(size);
    this.size_ = 0;
  }

  static hash(key) {
    if (key === null) {
      return 0;
    }
    const hash = key.customHash();
    return hash ^ (hash >>> 16);
  }

  newEntry(key, value, hash) {
    return new Entry(hash, key, value, null);
  }

  size() {
    return this.size_;
  }

  isEmpty() {
    return this.size_ === 0;
  }

  bucketIdx(hash) {
    return (this.buckets.length - 1) & hash;
  }

  at(key) {
    const hash = Dictionary.hash(key);
    let e = this.buckets[this.bucketIdx(hash)];
    while (e !== null) {
      if (e.match(hash, key)) {
        return e.value;
      }
      e = e.next;
    }
    return null;
  }

  containsKey(key) {
    const hash = Dictionary.hash(key);
    let e = this.buckets[this.bucketIdx(hash)];
    while (e !== null) {
      if (e.match(hash, key)) {
        return true;
      }
      e = e.next;
    }
    return false;
  }

  atPut(key, value) {
    const hash = Dictionary.hash(key);
    const i = this.bucketIdx(hash);
    const current = this.buckets[i];
    if (current === null) {
      this.buckets[i] = this.newEntry(key, value, hash);
      this.size_++;
    } else {
      this.insertBucketEntry(key, value, hash, current);
    }
    if (this.size_ > this.buckets.length) {
      this.resize();
    }
  }

  insertBucketEntry(key, value, hash, head) {
    let current = head;
    for (;;) {
      if (current.match(hash, key)) {
        current.value = value;
        return;
      }
      if (current.next === null) {
        this.size_++;
        current.next = this.newEntry(key, value, hash);
        return;
      }
      current = current.next;
    }
  }

  resize() {
    const oldStorage = this.buckets;
    this.buckets = newArray(oldStorage.length * 2);
    this.transferEntries(oldStorage);
  }

  transferEntries(oldStorage) {
    for (let i = 0; i < oldStorage.length; i++) {
      const current = oldStorage[i];
      if (current !== null) {
        oldStorage[i] = null;
        if (current.next === null) {
          this.buckets[current.hash & (this.buckets.length - 1)] = current;
        } else {
          this.splitBucket(oldStorage, i, current);
        }
      }
    }
  }

  // Splits one old bucket's chain between bucket i and i + oldStorage.length, keeping order.
  splitBucket(oldStorage, i, head) {
    let loHead = null;
    let loTail = null;
    let hiHead = null;
    let hiTail = null;
    let current = head;
    while (current !== null) {
      if ((current.hash & oldStorage.length) === 0) {
        if (loTail === null) {
          loHead = current;
        } else {
          loTail.next = current;
        }
        loTail = current;
      } else {
        if (hiTail === null) {
          hiHead = current;
        } else {
          hiTail.next = current;
        }
        hiTail = current;
      }
      current = current.next;
    }
    if (loTail !== null) {
      loTail.next = null;
      this.buckets[i] = loHead;
    }
    if (hiTail !== null) {
      hiTail.next = null;
      this.buckets[i + oldStorage.length] = hiHead;
    }
  }

  removeAll() {
    this.buckets = newArray(this.buckets.length);
    this.size_ = 0;
  }

  keys() {
    const keys = new Vector(this.size_);
    for (let current of this.buckets) {
      while (current !== null) {
        keys.append(current.key);
        current = current.next;
      }
    }
    return keys;
  }

  values() {
    const values = new Vector(this.size_);
    for (let current of this.buckets) {
      while (current !== null) {
        values.append(current.value);
        current = current.next;
      }
    }
    return values;
  }
}

// A Dictionary whose keys match by identity (their customHash still picks the bucket).
class IdentityDictionary extends Dictionary {
  newEntry(key, value, hash) {
    return new IdentityEntry(hash, key, value, null);
  }
}

module.exports = { newArray, Random, Vector, Set, IdentitySet, Dictionary, IdentityDictionary };
