'use strict';
// Sieve: the sieve of Eratosthenes up to 5000, counting the primes.
const { Benchmark } = require('./harness');
const { newArray } = require('./som');

function sieve(flags, size) {
  let primeCount = 0;
  for (let i = 2; i <= size; i++) {
    if (flags[i - 1]) {
      primeCount++;
      let k = i + i;
      while (k <= size) {
        flags[k - 1] = false;
        k += i;
      }
    }
  }
  return primeCount;
}

class Sieve extends Benchmark {
  benchmark() {
    const flags = newArray(5000, true);
    return sieve(flags, 5000);
  }

  verifyResult(result) {
    return result === 669;
  }
}

module.exports = { Sieve };
