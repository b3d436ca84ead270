'use strict';
// Storage: builds a tree of arrays (depth 7, fan-out 4, leaves of random size): allocation.
const { Benchmark } = require('./harness');
const { Random, newArray } = require('./som');

class Storage extends Benchmark {
  constructor() {
    super();
    this.count = 0;
  }

  benchmark() {
    const random = new Random();
    this.count = 0;
    this.buildTreeDepth(7, random);
    return this.count;
  }

  buildTreeDepth(depth, random) {
    this.count++;
    if (depth === 1) {
      return newArray(random.next() % 10 + 1);
    }
    const array = newArray(4);
    for (let i = 0; i < 4; i++) {
      array[i] = this.buildTreeDepth(depth - 1, random);
    }
    return array;
  }

  verifyResult(result) {
    return result === 5461;
  }
}

module.exports = { Storage };
