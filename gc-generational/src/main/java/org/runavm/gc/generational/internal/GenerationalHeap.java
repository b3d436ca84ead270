package org.runavm.gc.generational.internal;

import org.runavm.gc.toolkit.BumpSpace;
import org.runavm.gc.toolkit.HeapVerifier;
import org.runavm.gc.toolkit.LargeObjectSpace;
import org.runavm.gc.toolkit.MarkBitmap;
import org.runavm.gc.toolkit.MarkStack;
import org.runavm.gc.toolkit.PlanHeap;
import org.runavm.gc.toolkit.PlanMutator;
import org.runavm.gc.toolkit.RememberedSet;
import org.runavm.gc.toolkit.SlidingCompactor;
import org.runavm.gc.toolkit.Tracer;
import org.runavm.kernel.heap.Header;
import org.runavm.kernel.heap.HeapConfig;
import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.OutOfManagedMemory;
import org.runavm.kernel.heap.Slots;
import org.runavm.kernel.heap.spi.HeapInspector;
import org.runavm.kernel.heap.spi.ObjectModel;
import org.runavm.kernel.heap.spi.StandardObjectModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A generational heap. Address layout (each boundary 64-word aligned):
 * {@code [eden | survivor 0 | survivor 1 | mature ... | large objects ...]}. The nursery (eden and both
 * survivors) is reserved out of the maximum; the rest is a budget shared by the mature space (its used
 * words) and the large-object space (its extent), so the limit stays exact whatever the split.
 *
 * <p>Collections: a minor collection copies live nursery objects (roots, local roots and the remembered
 * set as roots) into the to-survivor space, promoting them to the mature space at age {@link #TENURE_AGE}
 * or when the survivor space is full; it runs only when the mature space can take the whole nursery. A
 * full collection marks everything, sweeps the large-object space and slides the mature space; nursery
 * objects stay where they are (a minor collection follows when the survivors fit in the mature space).
 */
final class GenerationalHeap extends PlanHeap {
    static final int TENURE_AGE = 3;
    private static final Logger LOG = LoggerFactory.getLogger(GenerationalHeap.class);
    private static final long BASE = 64;
    private static final long LARGE_WORDS = 2048;
    private static final int MARK_STACK_ENTRIES = 4096;

    private final long budgetWords;
    private final long tlabWords;
    /** Mature and large words past which the next collection is a full one ({@code --gc-collection-threshold}). */
    private long matureTriggerWords;
    private final long largeWords;
    private final ObjectModel model = StandardObjectModel.INSTANCE;
    private final BumpSpace eden;
    private final BumpSpace[] survivors = new BumpSpace[2];
    private int current;
    private final BumpSpace mature;
    private final LargeObjectSpace large;
    private final MarkBitmap bitmap;
    private final HeapVerifier verifier;
    private final Tracer tracer;
    private final SlidingCompactor compactor;
    private final RememberedSet remembered = new RememberedSet();

    GenerationalHeap(HeapConfig config) {
        this(config, Layout.of(config));
    }

    private GenerationalHeap(HeapConfig config, Layout layout) {
        super(GenerationalCollector.NAME, config, new HeapMemory(layout.capacity()));
        long edenWords = layout.edenWords();
        long survivorWords = layout.survivorWords();
        this.budgetWords = layout.budgetWords();
        this.tlabWords = Math.clamp(edenWords / 64, 64, 16 * 1024);
        this.largeWords = Math.min(LARGE_WORDS, edenWords / 4);
        long survivor0 = BASE + edenWords;
        long matureStart = survivor0 + 2 * survivorWords;
        long largeStart = layout.largeStart();
        long capacity = layout.capacity();
        this.eden = new BumpSpace(memory, BASE, survivor0);
        this.survivors[0] = new BumpSpace(memory, survivor0, survivor0 + survivorWords);
        this.survivors[1] = new BumpSpace(memory, survivor0 + survivorWords, matureStart);
        this.mature = new BumpSpace(memory, matureStart, matureStart + budgetWords);
        this.large = new LargeObjectSpace(memory, largeStart, capacity);
        this.bitmap = new MarkBitmap(BASE, capacity - BASE);
        this.verifier = new HeapVerifier(memory, model);
        this.tracer = new Tracer(memory, model, bitmap, new MarkStack(MARK_STACK_ENTRIES));
        this.compactor = new SlidingCompactor(memory, model, bitmap, capacity - BASE);
        this.matureTriggerWords = config.triggerWords(0, budgetWords, tlabWords);
    }

    /** The sizes of the spaces, in words, derived from the configuration before the memory exists. */
    private record Layout(long edenWords, long survivorWords, long budgetWords) {
        static Layout of(HeapConfig config) {
            long maxWords = config.maxBytes() / 8;
            long young = config.youngBytes() > 0 ? config.youngBytes() / 8 : Math.max(maxWords / 8, 4096);
            long survivorWords = align(Math.max(young / 8, 64));
            long edenWords = align(young - 2 * survivorWords);
            return new Layout(edenWords, survivorWords, maxWords - edenWords - 2 * survivorWords);
        }

        long largeStart() {
            return BASE + edenWords + 2 * survivorWords + align(budgetWords);
        }

        long capacity() {
            return largeStart() + budgetWords;
        }
    }

    private static long align(long words) {
        return (words + 63) & ~63L;
    }

    @Override
    protected PlanMutator newMutator() {
        return new GenerationalMutator(this);
    }

    void remember(long object) {
        remembered.add(object);
    }

    @Override
    public boolean movesObjects() {
        return true;
    }

    /** Whether {@code address} is in the nursery (for tests: tenuring). */
    boolean isYoung(long address) {
        return address >= eden.start() && address < mature.start();
    }

    /** Whether {@code address} is in the large-object space. */
    boolean isLarge(long address) {
        return large.contains(address);
    }

    @Override
    protected long allocateSlow(PlanMutator mutator, long words) {
        mutator.poll(); // the allocation slow path is a safepoint even when the buffer refill succeeds
        boolean isLarge = words >= largeWords;
        if (words > budgetWords) {
            throw new OutOfManagedMemory(words * 8, config.maxBytes());
        }
        for (int attempt = 0; ; attempt++) {
            long object = config.stress() && attempt == 0 ? -1
                    : isLarge ? tryAllocateLarge(words) : tryAllocateYoung(mutator, words);
            if (object >= 0) {
                return object;
            }
            if (attempt == 1) {
                // The last try: a full collection and the allocation in one stop of the world, so no
                // other thread can use up what the collection freed and fail this one spuriously.
                long[] allocated = {-1};
                stopTheWorld(mutator, () -> {
                    collection(true);
                    allocated[0] = isLarge ? tryAllocateLarge(words) : tryAllocateYoung(mutator, words);
                });
                if (allocated[0] >= 0) {
                    return allocated[0];
                }
                throw new OutOfManagedMemory(words * 8, config.maxBytes());
            }
            collectFrom(mutator, config.stress());
        }
    }

    private long tryAllocateYoung(PlanMutator mutator, long words) {
        if (config.stress() || words >= tlabWords / 2) {
            return eden.allocate(words); // medium objects bypass the buffer instead of wasting most of one
        }
        mutator.retireBuffer();
        BumpSpace.Region buffer = eden.allocateBuffer(words, tlabWords);
        if (buffer == null) {
            return -1;
        }
        mutator.setBuffer(buffer.start() + words, buffer.end());
        return buffer.start();
    }

    private synchronized long tryAllocateLarge(long words) {
        if (matureFreeWords() < large.growthFor(words)) {
            return -1;
        }
        long object = large.allocate(words);
        if (object >= 0) {
            remembered.add(object); // born "logged": its initializing stores need no barrier slow path
        }
        return object;
    }

    /** What the mature space and the large objects hold. */
    private long matureUsedWords() {
        return mature.usedWords() + large.extentWords();
    }

    /** Budget left for promotion and large objects. */
    private long matureFreeWords() {
        return budgetWords - mature.usedWords() - large.extentWords();
    }

    private long nurseryUsedWords() {
        return eden.usedWords() + survivors[current].usedWords();
    }

    @Override
    public void collect() {
        collectFrom(currentMutator(), true);
    }

    private void collectFrom(PlanMutator self, boolean full) {
        stopTheWorld(self, () -> collection(full));
    }

    /**
     * A collection with every mutator stopped: full if asked, needed, or due by the collection threshold
     * (the mature space and large objects have filled their share of the room), then minor if it is safe.
     */
    private void collection(boolean full) {
        retireAllBuffers();
        long needed = nurseryUsedWords();
        if (full || matureFreeWords() < needed || matureUsedWords() > matureTriggerWords) {
            needed = fullCollection();
            matureTriggerWords = config.triggerWords(matureUsedWords(), budgetWords, tlabWords);
        }
        if (matureFreeWords() >= needed) {
            minorCollection();
        }
        if (config.verify()) {
            verify();
        }
    }

    private void minorCollection() {
        long started = System.nanoTime();
        long usedBefore = usedWords();
        BumpSpace from = survivors[current];
        BumpSpace to = survivors[1 - current];
        Evacuator evacuator = new Evacuator(memory, model, eden, from, to, mature, TENURE_AGE);
        long promotedFrom = mature.top();
        scanAllRoots(evacuator);
        for (long object : remembered.drain()) {
            evacuator.resetPointsYoung();
            model.scanReferenceSlots(memory, object, evacuator);
            keepOrLog(object, evacuator.pointsYoung());
        }
        long toScan = to.start();
        long matureScan = promotedFrom;
        boolean progress = true;
        while (progress) { // Cheney scan over both copy targets until neither grows
            progress = false;
            while (toScan < to.top()) {
                long object = toScan;
                toScan += model.sizeInWords(memory, object);
                model.scanReferenceSlots(memory, object, evacuator);
                progress = true;
            }
            while (matureScan < mature.top()) {
                long object = matureScan;
                matureScan += model.sizeInWords(memory, object);
                evacuator.resetPointsYoung();
                model.scanReferenceSlots(memory, object, evacuator);
                keepOrLog(object, evacuator.pointsYoung());
                progress = true;
            }
        }
        eden.resetTop(eden.start());
        from.resetTop(from.start());
        current = 1 - current;
        recordCollection(started, usedBefore, false);
        LOG.debug("minor collection: {} words survived, {} us", evacuator.copiedWords(),
                (System.nanoTime() - started) / 1000);
    }

    /** A mature object that still references the nursery stays remembered; otherwise it is armed again. */
    private void keepOrLog(long object, boolean pointsYoung) {
        if (pointsYoung) {
            remembered.add(object);
        } else {
            memory.set(object, memory.get(object) | Header.LOG_BIT);
        }
    }

    /** Marks everything, sweeps large objects, slides the mature space; returns the live nursery words. */
    private long fullCollection() {
        long started = System.nanoTime();
        long usedBefore = usedWords();
        BumpSpace from = survivors[current];
        bitmap.clear(eden.start(), eden.top());
        bitmap.clear(from.start(), from.top());
        bitmap.clear(mature.start(), mature.top());
        bitmap.clear(large.start(), large.extentEnd());
        tracer.begin(BASE, memory.capacityWords());
        scanAllRoots(tracer);
        tracer.drain();
        long liveYoung = bitmap.countMarked(eden.start(), eden.top()) + bitmap.countMarked(from.start(), from.top());
        large.sweep(bitmap::isMarked);
        remembered.retainIf(bitmap::isMarked);
        long matureTop = mature.top();
        long newTop = compactor.computeForwarding(mature.start(), matureTop);
        SlidingCompactor.Forwarder forwarder = compactor.forwarder();
        scanAllRoots(forwarder);
        remembered.visit(forwarder);
        bitmap.forEachMarkedObject(memory, model, eden.start(), eden.top(),
                object -> model.scanReferenceSlots(memory, object, forwarder));
        bitmap.forEachMarkedObject(memory, model, from.start(), from.top(),
                object -> model.scanReferenceSlots(memory, object, forwarder));
        large.forEachObject(object -> model.scanReferenceSlots(memory, object, forwarder));
        compactor.updateHeapReferences();
        compactor.slide();
        mature.resetTop(newTop);
        memory.decommit(newTop, mature.end());
        recordCollection(started, usedBefore, true);
        LOG.debug("full collection: mature {} -> {} words, {} us", matureTop - mature.start(), newTop - mature.start(),
                (System.nanoTime() - started) / 1000);
        return liveYoung;
    }

    /** Checks every space and the roots; world must be stopped. */
    @Override
    public void verify() {
        retireAllBuffers();
        BumpSpace from = survivors[current];
        verifier.verify(new long[] {eden.start(), eden.top(), from.start(), from.top(),
                mature.start(), mature.top(), large.start(), large.extentEnd()}, this::scanAllRoots);
    }

    @Override
    public void walkLiveObjects(HeapInspector.ObjectVisitor visitor) {
        stopTheWorld(currentMutator(), () -> {
            collection(true);
            BumpSpace from = survivors[current];
            HeapInspector.ObjectVisitor reporter = (object, shape, size) -> visitor.visit(object, shape, size);
            if (eden.usedWords() > 0) {
                // The minor collection could not run, so the nursery still holds garbage: report only what
                // the full collection's mark found live there.
                for (BumpSpace young : new BumpSpace[] {eden, from}) {
                    bitmap.forEachMarkedObject(memory, model, young.start(), young.top(), object -> reporter.visit(
                            object, Slots.shape(memory, object), model.sizeInWords(memory, object) * 8));
                }
            }
            long[] regions = eden.usedWords() > 0
                    ? new long[] {mature.start(), mature.top(), large.start(), large.extentEnd()}
                    : new long[] {from.start(), from.top(), mature.start(), mature.top(), large.start(), large.extentEnd()};
            walkRegions(model, regions, visitor);
        });
    }

    @Override
    protected long usedWords() {
        return eden.usedWords() + survivors[current].usedWords() + mature.usedWords() + large.extentWords();
    }
}
