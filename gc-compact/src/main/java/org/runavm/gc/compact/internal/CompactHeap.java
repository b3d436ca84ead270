package org.runavm.gc.compact.internal;

import org.runavm.gc.toolkit.BumpSpace;
import org.runavm.gc.toolkit.HeapVerifier;
import org.runavm.gc.toolkit.MarkBitmap;
import org.runavm.gc.toolkit.MarkStack;
import org.runavm.gc.toolkit.PlanHeap;
import org.runavm.gc.toolkit.PlanMutator;
import org.runavm.gc.toolkit.SlidingCompactor;
import org.runavm.gc.toolkit.Tracer;
import org.runavm.kernel.heap.HeapConfig;
import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.OutOfManagedMemory;
import org.runavm.kernel.heap.spi.HeapInspector;
import org.runavm.kernel.heap.spi.ObjectModel;
import org.runavm.kernel.heap.spi.Safepoints;
import org.runavm.kernel.heap.spi.StandardObjectModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * A heap of one space collected by sliding mark-compact. The space starts at word 64 so that the
 * compaction range is aligned to the mark bitmap; words below it are never used (address 0 stays invalid).
 *
 * <p>Allocation: thread-local buffers of {@code tlabWords} are carved from the space; objects of at least
 * half a buffer are allocated directly. When the space is full, the allocating thread stops the world and
 * runs a full collection; if the object still does not fit, it gets {@link OutOfManagedMemory}.
 */
final class CompactHeap extends PlanHeap {
    private static final Logger LOG = LoggerFactory.getLogger(CompactHeap.class);
    private static final long BASE = 64;
    private static final int MARK_STACK_ENTRIES = 4096;

    private final long maxWords;
    private final long tlabWords;
    private final ObjectModel model = StandardObjectModel.INSTANCE;
    private final BumpSpace space;
    private final MarkBitmap bitmap;
    private final HeapVerifier verifier;
    private final Tracer tracer;
    private final SlidingCompactor compactor;
    /** Used words at which an allocation's slow path collects first ({@code --gc-collection-threshold}). */
    private volatile long triggerWords;

    CompactHeap(HeapConfig config) {
        super(CompactCollector.NAME, config, new HeapMemory(BASE + config.maxBytes() / 8));
        this.maxWords = config.maxBytes() / 8;
        this.tlabWords = Math.clamp(maxWords / 256, 256, 16 * 1024);
        this.space = new BumpSpace(memory, BASE, BASE + maxWords);
        this.bitmap = new MarkBitmap(BASE, maxWords);
        this.verifier = new HeapVerifier(memory, model);
        this.tracer = new Tracer(memory, model, bitmap, new MarkStack(MARK_STACK_ENTRIES));
        this.compactor = new SlidingCompactor(memory, model, bitmap, maxWords);
        this.triggerWords = config.triggerWords(0, maxWords, tlabWords);
    }

    @Override
    protected PlanMutator newMutator() {
        return new CompactMutator(this);
    }

    @Override
    public boolean movesObjects() {
        return true;
    }

    @Override
    protected long allocateSlow(PlanMutator mutator, long words) {
        mutator.poll(); // the allocation slow path is a safepoint even when the buffer refill succeeds
        if (words > maxWords) {
            throw new OutOfManagedMemory(words * 8, config.maxBytes());
        }
        if (!config.stress() && space.usedWords() + words <= triggerWords) {
            long object = tryAllocate(mutator, words);
            if (object >= 0) {
                return object;
            }
        }
        // Collect and allocate in one stop of the world: otherwise another thread could use up the
        // space this collection freed before this thread gets its turn, and fail it spuriously.
        long[] allocated = {-1};
        stopTheWorld(mutator, () -> {
            fullCollection();
            allocated[0] = tryAllocate(mutator, words);
        });
        if (allocated[0] < 0) {
            throw new OutOfManagedMemory(words * 8, config.maxBytes());
        }
        return allocated[0];
    }

    private long tryAllocate(PlanMutator mutator, long words) {
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
        collectFrom(currentMutator());
    }

    /** Runs a full collection, retrying until one started after this call has run. */
    private void collectFrom(PlanMutator self) {
        stopTheWorld(self, this::fullCollection);
    }

    /** The collection proper; runs with every mutator stopped. */
    private void fullCollection() {
        long started = System.nanoTime();
        long usedBefore = usedWords();
        List<Safepoints.Participant> mutators = retireAllBuffers();
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
        triggerWords = config.triggerWords(newTop - BASE, maxWords, tlabWords);
        recordCollection(started, usedBefore, true);
        if (LOG.isDebugEnabled()) {
            LOG.debug("compact collection: {} -> {} words live, {} us", top - BASE, newTop - BASE,
                    (System.nanoTime() - started) / 1000);
        }
        if (config.verify()) {
            verify();
        }
    }

    /** Checks the whole heap and the roots; world must be stopped. */
    @Override
    public void verify() {
        List<Safepoints.Participant> mutators = retireAllBuffers(); // unused buffer words are zero, not objects
        verifier.verify(new long[] {BASE, space.top()}, v -> scanAllRoots(v, mutators));
    }

    @Override
    public void walkLiveObjects(HeapInspector.ObjectVisitor visitor) {
        stopTheWorld(currentMutator(), () -> {
            fullCollection();
            walkRegions(model, new long[] {BASE, space.top()}, visitor);
        });
    }

    @Override
    protected long usedWords() {
        return space.usedWords();
    }
}
