'use strict';
// Are We Fast Yet harness: node harness.js NAME [ITERATIONS [INNER_ITERATIONS]]
// Each benchmark is a module named after the benchmark in lower case, exporting a class of the
// benchmark's name that extends Benchmark.
const fs = require('fs');
const path = require('path');

class Benchmark {
  // Runs benchmark() innerIterations times and verifies each result; benchmarks whose result
  // depends on the size override this.
  innerBenchmarkLoop(innerIterations) {
    for (let i = 0; i < innerIterations; i++) {
      if (!this.verifyResult(this.benchmark())) {
        return false;
      }
    }
    return true;
  }

  benchmark() {
    throw new Error('subclass responsibility');
  }

  verifyResult(_result) {
    throw new Error('subclass responsibility');
  }
}

// The benchmark modules require this file for Benchmark; exporting it before main() runs lets
// them share this module instance.
module.exports = { Benchmark };

// The suite's benchmarks and their default inner iterations.
const DEFAULT_INNER_ITERATIONS = {
  Bounce: 1500, List: 1500, Mandelbrot: 500, NBody: 250000, Permute: 1000, Queens: 1000,
  Sieve: 3000, Storage: 1000, Towers: 600, CD: 250, DeltaBlue: 12000, Havlak: 1500, Json: 100,
  Richards: 100,
};

function failUsage(message) {
  process.stderr.write(message + '\n');
  process.exit(2);
}

function loadBenchmark(name) {
  if (!Object.prototype.hasOwnProperty.call(DEFAULT_INNER_ITERATIONS, name)) {
    failUsage('Unknown benchmark: ' + name);
  }
  const file = path.join(__dirname, name.toLowerCase() + '.js');
  if (!fs.existsSync(file)) {
    failUsage('Benchmark ' + name + ' is not ported to JavaScript (no ' + file + ')');
  }
  return require(file)[name];
}

function parseCount(text, what) {
  const n = /^[0-9]+$/.test(text) ? parseInt(text, 10) : 0;
  if (n < 1) {
    failUsage('Invalid ' + what + ': ' + text);
  }
  return n;
}

function main(args) {
  if (args.length < 1) {
    failUsage('Usage: node harness.js BENCHMARK [ITERATIONS [INNER_ITERATIONS]]');
  }
  const name = args[0];
  const BenchmarkClass = loadBenchmark(name);
  const iterations = args.length > 1 ? parseCount(args[1], 'iterations') : 1;
  const inner = args.length > 2 ? parseCount(args[2], 'inner iterations') : DEFAULT_INNER_ITERATIONS[name];

  const bench = new BenchmarkClass();
  let total = 0;
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    let ok;
    try {
      ok = bench.innerBenchmarkLoop(inner);
    } catch (e) {
      // a benchmark that checks itself as it goes (DeltaBlue) throws when a check fails
      process.stderr.write(name + ': result verification failed: ' + (e && e.stack ? e.stack : e) + '\n');
      process.exit(1);
    }
    const runtime = Number((process.hrtime.bigint() - start) / 1000n);
    if (!ok) {
      process.stderr.write(name + ': result verification failed\n');
      process.exit(1);
    }
    total += runtime;
    console.log(name + ': iterations=1 runtime: ' + runtime + 'us');
  }
  console.log(name + ': iterations=' + iterations + ' average: ' + Math.floor(total / iterations) +
    'us total: ' + total + 'us');
}

if (require.main === module) {
  main(process.argv.slice(2));
}
