package awfy;

import java.util.function.Supplier;

/**
 * Runs one benchmark: {@code Harness NAME [ITERATIONS [INNER_ITERATIONS]]}. Prints each iteration's wall
 * time and the average and total in microseconds, in the format every port of the suite prints. A failed
 * verification exits with status 1, an unknown benchmark or bad arguments with status 2.
 */
public final class Harness {
  private Harness() {}

  /** A benchmark the harness knows: how to make it and its default inner iterations. */
  private record Entry(Supplier<Benchmark> factory, int defaultInnerIterations) {}

  private static Entry lookup(String name) {
    return switch (name) {
      case "Bounce" -> new Entry(Bounce::new, 1500);
      case "CD" -> new Entry(awfy.cd.CD::new, 250);
      case "DeltaBlue" -> new Entry(awfy.deltablue.DeltaBlue::new, 12000);
      case "Havlak" -> new Entry(awfy.havlak.Havlak::new, 1500);
      case "Json" -> new Entry(awfy.json.Json::new, 100);
      case "List" -> new Entry(List::new, 1500);
      case "Mandelbrot" -> new Entry(Mandelbrot::new, 500);
      case "NBody" -> new Entry(awfy.nbody.NBody::new, 250000);
      case "Permute" -> new Entry(Permute::new, 1000);
      case "Queens" -> new Entry(Queens::new, 1000);
      case "Richards" -> new Entry(awfy.richards.Richards::new, 100);
      case "Sieve" -> new Entry(Sieve::new, 3000);
      case "Storage" -> new Entry(Storage::new, 1000);
      case "Towers" -> new Entry(Towers::new, 600);
      default -> null;
    };
  }

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: awfy.Harness NAME [ITERATIONS [INNER_ITERATIONS]]");
      System.exit(2);
    }
    String name = args[0];
    Entry entry = lookup(name);
    if (entry == null) {
      System.err.println(name + ": unknown benchmark");
      System.exit(2);
    }
    int iterations = args.length > 1 ? parseCount(args[1]) : 1;
    int inner = args.length > 2 ? parseCount(args[2]) : entry.defaultInnerIterations();
    run(name, entry.factory().get(), iterations, inner);
  }

  private static int parseCount(String arg) {
    try {
      int n = Integer.parseInt(arg);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    System.err.println("not a positive count: " + arg);
    System.exit(2);
    return 0;
  }

  private static void run(String name, Benchmark benchmark, int iterations, int inner) {
    long total = 0;
    for (int i = 0; i < iterations; i++) {
      long start = System.nanoTime();
      boolean ok = benchmark.innerBenchmarkLoop(inner);
      long micros = (System.nanoTime() - start) / 1000;
      if (!ok) {
        String why = benchmark.failure();
        System.err.println(name + ": result verification failed" + (why == null ? "" : ": " + why));
        System.exit(1);
      }
      total += micros;
      System.out.println(name + ": iterations=1 runtime: " + micros + "us");
    }
    System.out.println(name + ": iterations=" + iterations + " average: " + (total / iterations)
        + "us total: " + total + "us");
  }
}
