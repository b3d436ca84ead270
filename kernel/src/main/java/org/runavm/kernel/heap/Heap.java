package org.runavm.kernel.heap;

/**
 * One VM instance's managed heap, created by the chosen collector plan. Engines and the stdlib use it to
 * attach mutator threads, register roots and read statistics; object contents are read through
 * {@link #memory()} with {@link Slots} or the layouts in {@code org.runavm.kernel.heap.objects}.
 */
@org.osgi.annotation.versioning.ProviderType
public interface Heap extends AutoCloseable {
    /** The collector plan's name, e.g. {@code "compact"}. */
    String collectorName();

    /** The heap's words. */
    HeapMemory memory();

    /**
     * Attaches the current thread as a mutator. Every thread that allocates or touches heap objects must
     * be attached, so that collections can stop it at a safepoint.
     *
     * @throws IllegalStateException if the thread is already attached to this heap or the heap is closed
     */
    Mutator attach();

    /** Adds a root source; it is scanned at every collection until the registration is closed. */
    RootRegistration addRoots(RootSource source);

    /**
     * Runs a full collection now, stopping every mutator. Callable from an attached mutator thread (which
     * counts as a safepoint) or from an unattached thread.
     */
    void collect();

    /** Current counters. */
    HeapStats stats();

    /**
     * Calls {@code listener} after every collection from now on, on the thread that ran it, once every
     * mutator has been released (a listener may write a log line; it must not allocate in this heap).
     * This is what {@code --gc-log} uses.
     *
     * @since 1.1
     */
    void addCollectionListener(java.util.function.Consumer<CollectionEvent> listener);

    /** Whether objects may move at a safepoint (a Java-held address is then only valid until the next one). */
    boolean movesObjects();

    /** Releases the heap's memory. Every mutator must have been closed. */
    @Override
    void close();
}
