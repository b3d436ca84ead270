'use strict';
// List: the Takeuchi-style "tail" recursion over linked lists (Gabriel's TAKL).
const { Benchmark } = require('./harness');

class Element {
  constructor(value) {
    this.val = value;
    this.next = null;
  }

  length() {
    if (this.next === null) {
      return 1;
    }
    return 1 + this.next.length();
  }
}

function makeList(length) {
  if (length === 0) {
    return null;
  }
  const e = new Element(length);
  e.next = makeList(length - 1);
  return e;
}

function isShorterThan(x, y) {
  let xTail = x;
  let yTail = y;
  while (yTail !== null) {
    if (xTail === null) {
      return true;
    }
    xTail = xTail.next;
    yTail = yTail.next;
  }
  return false;
}

function tail(x, y, z) {
  if (isShorterThan(y, x)) {
    return tail(tail(x.next, y, z), tail(y.next, z, x), tail(z.next, x, y));
  }
  return z;
}

class List extends Benchmark {
  benchmark() {
    const result = tail(makeList(15), makeList(10), makeList(6));
    return result.length();
  }

  verifyResult(result) {
    return result === 10;
  }
}

module.exports = { List };
