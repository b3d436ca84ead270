package org.runavm.kernel.heap;

import org.runavm.kernel.value.Tag;

/**
 * One mutator thread's view of the heap: bump allocation in a thread-local buffer, the write barrier,
 * the safepoint poll and a small stack of local roots. Get one with {@link Heap#attach()} on the thread
 * that will use it; it must not be shared between threads.
 *
 * <p>The fast paths are final methods of this class so that HotSpot inlines them into the engines (and the
 * JIT can emit the same code); only the slow paths are abstract and belong to the collector plan, which is
 * the one subclass loaded for a heap. This is Lua's "the VM reaches the GC through a few macros".
 *
 * <p>Rooting rule: an address held only in a Java local stays valid until this thread's next safepoint,
 * which is any allocation, {@link #poll()}, or {@link #leaveSafeRegion()}. Keep addresses that must survive
 * one in a scanned frame, in {@link #pushLocal local roots}, or in a {@link RootSource}; a moving collector
 * updates those, never a Java local.
 */
public abstract class Mutator implements AutoCloseable {
    /** The words of the heap this mutator allocates in. */
    protected final HeapMemory memory;
    /** Next free word of the thread-local allocation buffer. */
    protected long cursor;
    /** End (exclusive) of the thread-local allocation buffer; {@code cursor == limit} forces the slow path. */
    protected long limit;
    /** Set by the safepoint coordinator when this thread must stop at its next poll. */
    protected volatile boolean yieldRequested;
    private final boolean barrierActive;
    private long[] locals = new long[16];
    private int localCount;

    /**
     * @param memory        the heap's words
     * @param barrierActive whether the plan needs the write barrier (its {@code CollectorConstraints})
     */
    protected Mutator(HeapMemory memory, boolean barrierActive) {
        this.memory = memory;
        this.barrierActive = barrierActive;
    }

    /** The heap this mutator belongs to. */
    public abstract Heap heap();

    /** The heap's words, for {@link Slots} and the object layouts. */
    public final HeapMemory memory() {
        return memory;
    }

    /**
     * Allocates a value object of {@code slots} slots, all {@link Tag#EMPTY}. May collect, so it is a
     * safepoint. Throws {@link OutOfManagedMemory} if the object does not fit even after a full collection.
     */
    public final long allocateValues(int shape, long slots) {
        if (slots < 0 || slots > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("invalid slot count " + slots);
        }
        long object = allocateWords(Header.valueObjectWords(slots));
        memory.set(object, Header.status(shape, false));
        memory.set(object + 1, slots);
        return object;
    }

    /** Allocates a byte object of {@code bytes} zero bytes. May collect, so it is a safepoint. */
    public final long allocateBytes(int shape, long bytes) {
        if (bytes < 0 || bytes > 8L * Integer.MAX_VALUE) {
            throw new IllegalArgumentException("invalid byte count " + bytes);
        }
        long object = allocateWords(Header.bytesObjectWords(bytes));
        memory.set(object, Header.status(shape, true));
        memory.set(object + 1, bytes);
        return object;
    }

    private long allocateWords(long words) {
        long object = cursor;
        if (words <= limit - object) {
            cursor = object + words;
            return object;
        }
        return allocateSlow(words);
    }

    /**
     * The plan's slow path: refill the buffer or allocate directly, collecting when needed. Must return
     * the address of {@code words} zeroed words, or throw {@link OutOfManagedMemory}.
     */
    protected abstract long allocateSlow(long words);

    /**
     * Stores a value into slot {@code index} of {@code object}, with the write barrier when the value is a
     * reference. Engines use this for every store into a heap object.
     */
    public final void store(long object, long index, byte tag, long payload) {
        if (tag == Tag.REF) {
            writeBarrier(object);
        }
        Slots.setRaw(memory, object, index, tag, payload);
    }

    /**
     * The write barrier for a reference store into {@code object}. Its fast path is one header load and a
     * bit test; the plan decides which objects carry {@link Header#LOG_BIT}.
     */
    public final void writeBarrier(long object) {
        if (barrierActive && (memory.get(object) & Header.LOG_BIT) != 0) {
            rememberSlow(object);
        }
    }

    /** The plan's barrier slow path: record {@code object} (e.g. in a remembered set) and clear its log bit. */
    protected abstract void rememberSlow(long object);

    /** The safepoint poll, cheap enough for every call and loop back-edge: one volatile read. */
    public final void poll() {
        if (yieldRequested) {
            pollSlow();
        }
    }

    /** Stops this thread until the pending collection is over. */
    protected abstract void pollSlow();

    /**
     * Declares that this thread is about to block outside the VM (I/O, a lock, a channel): collections may
     * run meanwhile, so it must not touch the heap until {@link #leaveSafeRegion()}.
     */
    public abstract void enterSafeRegion();

    /** Ends a safe region, waiting for a collection in progress to finish. A safepoint. */
    public abstract void leaveSafeRegion();

    /** Detaches this mutator from the heap; the thread must not use it afterwards. */
    @Override
    public abstract void close();

    /** Pushes a local root and returns its index; the collector keeps it up to date. */
    public final int pushLocal(long reference) {
        if (localCount == locals.length) {
            locals = java.util.Arrays.copyOf(locals, localCount * 2);
        }
        locals[localCount] = reference;
        return localCount++;
    }

    /** The current address of local root {@code index}. */
    public final long local(int index) {
        return locals[index];
    }

    /** Replaces local root {@code index} (0 clears it). */
    public final void setLocal(int index, long reference) {
        locals[index] = reference;
    }

    /** The number of local roots, to restore with {@link #popLocals(int)}. */
    public final int localsMark() {
        return localCount;
    }

    /** Pops local roots down to {@code mark}. */
    public final void popLocals(int mark) {
        java.util.Arrays.fill(locals, mark, localCount, 0L);
        localCount = mark;
    }

    /** Offers this mutator's local roots to a visitor (called by the plan while the world is stopped). */
    protected final void scanLocals(RootVisitor visitor) {
        visitor.visitReferences(locals, 0, localCount);
    }
}
