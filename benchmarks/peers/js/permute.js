'use strict';
// Permute: generates all permutations of six elements by recursive swapping, counting calls.
const { Benchmark } = require('./harness');
const { newArray } = require('./som');

class Permute extends Benchmark {
  constructor() {
    super();
    this.count = 0;
    this.v = null;
  }

  benchmark() {
    this.count = 0;
    this.v = newArray(6, 0);
    this.permute(6);
    return this.count;
  }

  permute(n) {
    this.count++;
    if (n !== 0) {
      const n1 = n - 1;
      this.permute(n1);
      for (let i = n1; i >= 0; i--) {
        this.swap(n1, i);
        this.permute(n1);
        this.swap(n1, i);
      }
    }
  }

  swap(i, j) {
    const tmp = this.v[i];
    this.v[i] = this.v[j];
    this.v[j] = tmp;
  }

  verifyResult(result) {
    return result === 8660;
  }
}

module.exports = { Permute };
