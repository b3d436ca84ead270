'use strict';
// Towers: the towers of Hanoi with 13 disks on linked-list piles, counting the moves.
const { Benchmark } = require('./harness');
const { newArray } = require('./som');

class TowersDisk {
  constructor(size) {
    this.size = size;
    this.next = null;
  }
}

class Towers extends Benchmark {
  constructor() {
    super();
    this.piles = null;
    this.moves = 0;
  }

  benchmark() {
    this.piles = newArray(3);
    this.buildTowerAt(0, 13);
    this.moves = 0;
    this.moveDisks(13, 0, 1);
    return this.moves;
  }

  pushDisk(disk, pile) {
    const top = this.piles[pile];
    if (top !== null && disk.size >= top.size) {
      throw new Error('Cannot put a big disk on a smaller one');
    }
    disk.next = top;
    this.piles[pile] = disk;
  }

  popDiskFrom(pile) {
    const top = this.piles[pile];
    if (top === null) {
      throw new Error('Attempting to remove a disk from an empty pile');
    }
    this.piles[pile] = top.next;
    top.next = null;
    return top;
  }

  moveTopDisk(fromPile, toPile) {
    this.pushDisk(this.popDiskFrom(fromPile), toPile);
    this.moves++;
  }

  buildTowerAt(pile, disks) {
    for (let i = disks; i >= 0; i--) {
      this.pushDisk(new TowersDisk(i), pile);
    }
  }

  moveDisks(disks, fromPile, toPile) {
    if (disks === 1) {
      this.moveTopDisk(fromPile, toPile);
    } else {
      const otherPile = (3 - fromPile) - toPile;
      this.moveDisks(disks - 1, fromPile, otherPile);
      this.moveTopDisk(fromPile, toPile);
      this.moveDisks(disks - 1, otherPile, toPile);
    }
  }

  verifyResult(result) {
    return result === 8191;
  }
}

module.exports = { Towers };
