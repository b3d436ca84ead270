package org.runavm.gc.toolkit;

import org.runavm.kernel.heap.CollectionEvent;
import org.runavm.kernel.heap.Heap;
import org.runavm.kernel.heap.HeapConfig;
import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.HeapStats;
import org.runavm.kernel.heap.Mutator;
import org.runavm.kernel.heap.RootRegistration;
import org.runavm.kernel.heap.RootSource;
import org.runavm.kernel.heap.RootVisitor;
import org.runavm.kernel.heap.Slots;
import org.runavm.kernel.heap.spi.HeapInspector;
import org.runavm.kernel.heap.spi.ObjectModel;
import org.runavm.kernel.heap.spi.Safepoints;

import java.util.List;

/**
 * The global state every plan shares (MMTk's common plan): the heap's words, its registered roots, the
 * safepoint protocol with one {@link PlanMutator} per attached thread, the closed state and the
 * collection counters. A plan adds its spaces and supplies what differs: the allocation slow path, the
 * collection, verification, the live-object walk and the used words.
 *
 * <p>Threading: {@link #attach()}, {@link #addRoots} and {@link #stats()} are called by any thread; every
 * method documented "world stopped" runs only inside {@link #stopTheWorld}.
 */
public abstract class PlanHeap implements Heap {
    protected final HeapConfig config;
    protected final HeapMemory memory;
    protected final Safepoints safepoints = new Safepoints();
    protected final GcStatistics statistics;
    private final String name;
    private final RootSet roots = new RootSet();
    private final ThreadLocal<PlanMutator> current = new ThreadLocal<>();
    private final List<java.util.function.Consumer<CollectionEvent>> listeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Collections finished with the world stopped, told to the listeners once it runs again. */
    private final java.util.ArrayDeque<CollectionEvent> finished = new java.util.ArrayDeque<>();
    private volatile boolean closed;

    /** A heap of the plan {@code name} over {@code memory}, sized by the plan from {@code config}. */
    protected PlanHeap(String name, HeapConfig config, HeapMemory memory) {
        this.name = name;
        this.config = config;
        this.memory = memory;
        this.statistics = new GcStatistics(name);
    }

    @Override
    public final String collectorName() {
        return name;
    }

    @Override
    public final HeapMemory memory() {
        return memory;
    }

    @Override
    public final Mutator attach() {
        if (closed) {
            throw new IllegalStateException("heap is closed");
        }
        if (current.get() != null) {
            throw new IllegalStateException("thread " + Thread.currentThread().getName() + " is already attached");
        }
        PlanMutator mutator = newMutator();
        safepoints.attach(mutator);
        current.set(mutator);
        return mutator;
    }

    /** A mutator for the calling thread; {@link #attach()} registers it with the safepoints. */
    protected abstract PlanMutator newMutator();

    /** Called once by {@link PlanMutator#close()}: gives back its buffer and leaves the safepoint protocol. */
    final void detach(PlanMutator mutator) {
        mutator.retireBuffer();
        safepoints.detach(mutator);
        if (current.get() == mutator) {
            current.remove();
        }
    }

    /** The calling thread's mutator, or {@code null} if the thread is not attached. */
    protected final PlanMutator currentMutator() {
        return current.get();
    }

    @Override
    public final RootRegistration addRoots(RootSource source) {
        return roots.add(source);
    }

    /**
     * The allocation slow path of {@code mutator}: the thread-local buffer is exhausted or the object is
     * too large for it. Runs on the mutator's thread; may stop the world to collect.
     */
    protected abstract long allocateSlow(PlanMutator mutator, long words);

    /** Runs {@code work} with the world stopped, retrying until a stop requested after this call has run it. */
    protected final void stopTheWorld(PlanMutator self, Runnable work) {
        while (!safepoints.stopTheWorld(self, work)) {
            // another thread's collection ran while we waited; ours must still run after the request
        }
        tellListeners();
    }

    /**
     * Records a collection that started at {@code startedNanos} when the heap held {@code usedWordsBefore};
     * world stopped. Its listeners hear of it when the world runs again.
     */
    protected final void recordCollection(long startedNanos, long usedWordsBefore, boolean full) {
        long pause = System.nanoTime() - startedNanos;
        statistics.record(pause, full);
        if (!listeners.isEmpty()) {
            synchronized (finished) {
                finished.add(new CollectionEvent(name, statistics.collections(), full, usedWordsBefore * 8,
                        usedWords() * 8, config.maxBytes(), pause));
            }
        }
    }

    private void tellListeners() {
        while (true) {
            CollectionEvent event;
            synchronized (finished) {
                event = finished.poll();
            }
            if (event == null) {
                return;
            }
            for (java.util.function.Consumer<CollectionEvent> listener : listeners) {
                listener.accept(event);
            }
        }
    }

    @Override
    public final void addCollectionListener(java.util.function.Consumer<CollectionEvent> listener) {
        listeners.add(java.util.Objects.requireNonNull(listener, "listener"));
    }

    /** Retires every mutator's buffer (holes become fillers, so spaces stay walkable); world stopped. */
    protected final List<Safepoints.Participant> retireAllBuffers() {
        List<Safepoints.Participant> mutators = safepoints.participants();
        for (Safepoints.Participant p : mutators) {
            ((PlanMutator) p).retireBuffer();
        }
        return mutators;
    }

    /** Offers every root to {@code visitor}: registered sources, then each mutator's local roots. */
    protected final void scanAllRoots(RootVisitor visitor) {
        scanAllRoots(visitor, safepoints.participants());
    }

    /** As {@link #scanAllRoots(RootVisitor)}, over a participant list the caller already holds. */
    protected final void scanAllRoots(RootVisitor visitor, List<Safepoints.Participant> mutators) {
        roots.scan(visitor);
        for (Safepoints.Participant p : mutators) {
            ((PlanMutator) p).scanRoots(visitor);
        }
    }

    /** Checks every space and the roots, throwing {@link HeapCorruptionError}; world stopped. */
    public abstract void verify();

    /** Runs {@link #verify()} with the world stopped (for tests and debug tools). */
    public final void verifyNow() {
        stopTheWorld(current.get(), this::verify);
    }

    /** Collects, then offers exactly the live objects to {@code visitor} (the plan's {@link HeapInspector}). */
    public abstract void walkLiveObjects(HeapInspector.ObjectVisitor visitor);

    /**
     * Offers every object other than fillers in the walkable regions {@code [regions[2i], regions[2i+1])}
     * to {@code visitor}, in address order; world stopped.
     */
    protected final void walkRegions(ObjectModel model, long[] regions, HeapInspector.ObjectVisitor visitor) {
        for (int r = 0; r < regions.length; r += 2) {
            long object = regions[r];
            while (object < regions[r + 1]) {
                long words = model.sizeInWords(memory, object);
                if (!model.isFiller(memory, object)) {
                    visitor.visit(object, Slots.shape(memory, object), words * 8);
                }
                object += words;
            }
        }
    }

    /** Words held by objects, buffers and fillers, as counted against the maximum. */
    protected abstract long usedWords();

    @Override
    public final HeapStats stats() {
        return statistics.snapshot(usedWords() * 8, config.maxBytes(), memory.committedWords() * 8);
    }

    @Override
    public void close() {
        closed = true;
        memory.release();
    }
}
