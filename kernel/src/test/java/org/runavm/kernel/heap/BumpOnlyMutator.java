package org.runavm.kernel.heap;

/**
 * A mutator over a fresh memory that never collects: enough to test object layouts in the kernel, which
 * cannot depend on a collector bundle. Allocation beyond its capacity throws {@link OutOfManagedMemory}.
 */
public final class BumpOnlyMutator extends Mutator {
    public BumpOnlyMutator(long words) {
        super(new HeapMemory(words + 1), false);
        memory.commit(0, words + 1);
        cursor = 1;
        limit = words + 1;
    }

    @Override
    public Heap heap() {
        throw new UnsupportedOperationException("a bump-only test mutator has no heap");
    }

    @Override
    protected long allocateSlow(long words) {
        throw new OutOfManagedMemory(words * 8, limit * 8);
    }

    @Override
    protected void rememberSlow(long object) {
        throw new AssertionError("no barrier");
    }

    @Override
    protected void pollSlow() {
    }

    @Override
    public void enterSafeRegion() {
    }

    @Override
    public void leaveSafeRegion() {
    }

    @Override
    public void close() {
    }

    /** The next free word, to check how much an operation allocated. */
    public long top() {
        return cursor;
    }
}
