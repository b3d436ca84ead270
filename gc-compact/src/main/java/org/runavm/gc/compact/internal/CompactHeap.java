package org.runavm.gc.compact.internal;

import org.runavm.gc.toolkit.BumpSpace;
import org.runavm.gc.toolkit.GcStatistics;
import org.runavm.gc.toolkit.HeapVerifier;
import org.runavm.gc.toolkit.MarkBitmap;
import org.runavm.gc.toolkit.MarkStack;
import org.runavm.gc.toolkit.PlanMutator;
import org.runavm.gc.toolkit.RootSet;
import org.runavm.gc.toolkit.SlidingCompactor;
import org.runavm.gc.toolkit.Tracer;
import org.runavm.kernel.heap.Heap;
import org.runavm.kernel.heap.HeapConfig;
import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.HeapStats;
import org.runavm.kernel.heap.Mutator;
import org.runavm.kernel.heap.OutOfManagedMemory;
import org.runavm.kernel.heap.RootRegistration;
import org.runavm.kernel.heap.RootSource;
import org.runavm.kernel.heap.RootVisitor;
import org.runavm.kernel.heap.Slots;
import org.runavm.kernel.heap.spi.HeapInspector;
import org.runavm.kernel.heap.spi.ObjectModel;
import org.runavm.kernel.heap.spi.Safepoints;
import org.runavm.kernel.heap.spi.StandardObjectModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A heap of one space collected by sliding mark-compact. The space starts at word 64 so that the
 * compaction range is aligned to the mark bitmap; words below it are never used (address 0 stays invalid).
 *
 * <p>Allocation: thread-local buffers of {@code tlabWords} are carved from the space; objects of at least
 * half a buffer are allocated directly. When the space is full, the allocating thread stops the world and
 * runs a full collection; if the object still does not fit, it gets {@link OutOfManagedMemory}.
 */
final class CompactHeap implements Heap {
    private static final Logger LOG = LoggerFactory.getLogger(CompactHeap.class);
    private static final long BASE = 64;
    private static final int MARK_STACK_ENTRIES = 4096;

    private final HeapConfig config;
    private final long maxWords;
    private final long tlabWords;
    private final HeapMemory memory;
    private final ObjectModel model = StandardObjectModel.INSTANCE;
    private final BumpSpace space;
    private final MarkBitmap bitmap;
    private final Tracer tracer;
    private final SlidingCompactor compactor;
    private final RootSet roots = new RootSet();
    private final Safepoints safepoints = new Safepoints();
    private final GcStatistics statistics = new GcStatistics(CompactCollector.NAME);
    private final ThreadLocal<CompactMutator> current = new ThreadLocal<>();
    private volatile boolean closed;

    CompactHeap(HeapConfig config) {
        this.config = config;
        this.maxWords = config.maxBytes() / 8;
        this.tlabWords = Math.clamp(maxWords / 256, 256, 16 * 1024);
        this.memory = new HeapMemory(BASE + maxWords);
        this.space = new BumpSpace(memory, BASE, BASE + maxWords);
        this.bitmap = new MarkBitmap(BASE, maxWords);
        this.tracer = new Tracer(memory, model, bitmap, new MarkStack(MARK_STACK_ENTRIES));
        this.compactor = new SlidingCompactor(memory, model, bitmap, maxWords);
    }

    @Override
    public String collectorName() {
        return CompactCollector.NAME;
    }

    @Override
    public HeapMemory memory() {
        return memory;
    }

    @Override
    public Mutator attach() {
        if (closed) {
            throw new IllegalStateException("heap is closed");
        }
        if (current.get() != null) {
            throw new IllegalStateException("thread " + Thread.currentThread().getName() + " is already attached");
        }
        CompactMutator mutator = new CompactMutator(this, safepoints);
        safepoints.attach(mutator);
        current.set(mutator);
        return mutator;
    }

    void detach(CompactMutator mutator) {
        mutator.retireBuffer();
        safepoints.detach(mutator);
        if (current.get() == mutator) {
            current.remove();
        }
    }

    @Override
    public RootRegistration addRoots(RootSource source) {
        return roots.add(source);
    }

    @Override
    public boolean movesObjects() {
        return true;
    }

    long allocateSlow(CompactMutator mutator, long words) {
        mutator.poll(); // the allocation slow path is a safepoint even when the buffer refill succeeds
        if (words > maxWords) {
            throw new OutOfManagedMemory(words * 8, config.maxBytes());
        }
        if (!config.stress()) {
            long object = tryAllocate(mutator, words);
            if (object >= 0) {
                return object;
            }
        }
        collectFrom(mutator);
        long object = tryAllocate(mutator, words);
        if (object < 0) {
            throw new OutOfManagedMemory(words * 8, config.maxBytes());
        }
        return object;
    }

    private long tryAllocate(CompactMutator mutator, long words) {
        if (config.stress() || words >= tlabWords / 2) {
            return space.allocate(words);
        }
        mutator.retireBuffer();
        BumpSpace.Region buffer = space.allocateBuffer(words, tlabWords);
        if (buffer == null) {
            return -1;
        }
        mutator.setBuffer(buffer.start() + words, buffer.end());
        return buffer.start();
    }

    @Override
    public void collect() {
        collectFrom(current.get());
    }

    /** Runs a full collection, retrying until one started after this call has run. */
    private void collectFrom(CompactMutator self) {
        while (!safepoints.stopTheWorld(self, this::fullCollection)) {
            // another thread's collection ran while we waited; ours must still run after the request
        }
    }

    /** The collection proper; runs with every mutator stopped. */
    private void fullCollection() {
        long started = System.nanoTime();
        var mutators = safepoints.participants();
        for (Safepoints.Participant p : mutators) {
            ((PlanMutator) p).retireBuffer();
        }
        long top = space.top();
        bitmap.clear(BASE, top);
        tracer.begin(BASE, top);
        scanAllRoots(tracer, mutators);
        tracer.drain();
        long newTop = compactor.computeForwarding(BASE, top);
        scanAllRoots(compactor.forwarder(), mutators);
        compactor.updateHeapReferences();
        compactor.slide();
        space.resetTop(newTop);
        long pause = System.nanoTime() - started;
        statistics.record(pause, true);
        if (LOG.isDebugEnabled()) {
            LOG.debug("compact collection: {} -> {} words live, {} us", top - BASE, newTop - BASE, pause / 1000);
        }
        if (config.verify()) {
            verify();
        }
    }

    private void scanAllRoots(RootVisitor visitor, java.util.List<Safepoints.Participant> mutators) {
        roots.scan(visitor);
        for (Safepoints.Participant p : mutators) {
            ((PlanMutator) p).scanRoots(visitor);
        }
    }

    /** Checks the whole heap and the roots; world must be stopped. */
    void verify() {
        var mutators = safepoints.participants();
        for (Safepoints.Participant p : mutators) {
            ((PlanMutator) p).retireBuffer(); // unused buffer words are zero, not objects: cover them
        }
        new HeapVerifier(memory, model).verify(new long[] {BASE, space.top()}, v -> scanAllRoots(v, mutators));
    }

    /** Runs {@link #verify()} with the world stopped (for tests and debug tools). */
    void verifyNow() {
        while (!safepoints.stopTheWorld(current.get(), this::verify)) {
            // retry after the concurrent collection
        }
    }

    void walkLiveObjects(HeapInspector.ObjectVisitor visitor) {
        while (!safepoints.stopTheWorld(current.get(), () -> {
            fullCollection();
            long object = BASE;
            long top = space.top();
            while (object < top) {
                long words = model.sizeInWords(memory, object);
                if (!model.isFiller(memory, object)) {
                    visitor.visit(object, Slots.shape(memory, object), words * 8);
                }
                object += words;
            }
        })) {
            // retry after the concurrent collection
        }
    }

    @Override
    public HeapStats stats() {
        return statistics.snapshot(space.usedWords() * 8, config.maxBytes(), memory.committedWords() * 8);
    }

    @Override
    public void close() {
        closed = true;
        memory.release();
    }
}
