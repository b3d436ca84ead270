package org.runavm.gc.toolkit.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Measures the heap storage candidates on the three things a managed heap does all day: bump allocation of
 * small objects (header + 4 value slots + 1 tag word = 7 words), field read/write, and a trace that chases
 * references through 64 Ki objects with an explicit stack. Run it with
 * {@code java -cp <test classpath> org.openjdk.jmh.Main HeapStorageBenchmark}; results are in
 * {@code docs/decisions/010-heap-storage.md}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HeapStorageBenchmark {
    private static final int OBJECTS = 64 * 1024;
    private static final int OBJECT_WORDS = 7;

    @Param({"array", "chunked", "segment"})
    public String storage;

    private Storage heap;
    private long[] stack;

    @Setup
    public void setUp() {
        heap = Storage.create(storage, (long) OBJECTS * OBJECT_WORDS + 64);
        stack = new long[OBJECTS];
        allocate();
    }

    /** Bump-allocates 64 Ki objects: header, length, 4 payloads (slot 0 links to the previous object), tags. */
    @Benchmark
    public long allocate() {
        long top = 8;
        long previous = 0;
        for (int i = 0; i < OBJECTS; i++) {
            long object = top;
            top += OBJECT_WORDS;
            heap.set(object, 9L);
            heap.set(object + 1, 4L);
            heap.set(object + 2, previous);
            heap.set(object + 3, i);
            heap.set(object + 4, 0L);
            heap.set(object + 5, 0L);
            heap.set(object + 6, 0x03_03_03_06L); // slot 0 a reference, slots 1-3 integers
            previous = object;
        }
        return previous;
    }

    /** Reads slot 1 and writes slot 2 of every object (the interpreter's field access). */
    @Benchmark
    public long readWrite() {
        long sum = 0;
        for (long object = 8; object < 8 + (long) OBJECTS * OBJECT_WORDS; object += OBJECT_WORDS) {
            long value = heap.get(object + 3);
            sum += value;
            heap.set(object + 4, value + 1);
        }
        return sum;
    }

    /** Traces from the last object through the reference slots, with an explicit stack (as the Tracer does). */
    @Benchmark
    public long trace() {
        int size = 0;
        long visited = 0;
        stack[size++] = 8 + (long) (OBJECTS - 1) * OBJECT_WORDS;
        while (size > 0) {
            long object = stack[--size];
            visited++;
            long tags = heap.get(object + 6);
            long slots = heap.get(object + 1);
            for (int s = 0; s < slots; s++) {
                if (((tags >>> (s << 3)) & 0xFF) == 6) {
                    long target = heap.get(object + 2 + s);
                    if (target != 0) {
                        stack[size++] = target;
                    }
                }
            }
        }
        return visited;
    }
}
