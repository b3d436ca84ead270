'use strict';
// Queens: solves the eight queens problem ten times by backtracking.
const { Benchmark } = require('./harness');
const { newArray } = require('./som');

class Queens extends Benchmark {
  constructor() {
    super();
    this.freeRows = null;
    this.freeMaxs = null;
    this.freeMins = null;
    this.queenRows = null;
  }

  benchmark() {
    let result = true;
    for (let i = 0; i < 10; i++) {
      result = result && this.queens();
    }
    return result;
  }

  queens() {
    this.freeRows = newArray(8, true);
    this.freeMaxs = newArray(16, true);
    this.freeMins = newArray(16, true);
    this.queenRows = newArray(8, -1);
    return this.placeQueen(0);
  }

  placeQueen(c) {
    for (let r = 0; r < 8; r++) {
      if (this.getRowColumn(r, c)) {
        this.queenRows[r] = c;
        this.setRowColumn(r, c, false);
        if (c === 7) {
          return true;
        }
        if (this.placeQueen(c + 1)) {
          return true;
        }
        this.setRowColumn(r, c, true);
      }
    }
    return false;
  }

  getRowColumn(r, c) {
    return this.freeRows[r] && this.freeMaxs[c + r] && this.freeMins[c - r + 7];
  }

  setRowColumn(r, c, v) {
    this.freeRows[r] = v;
    this.freeMaxs[c + r] = v;
    this.freeMins[c - r + 7] = v;
  }

  verifyResult(result) {
    return result;
  }
}

module.exports = { Queens };
