package org.runavm.kernel.heap;

/**
 * Something outside the heap that holds references into it: an engine's value stacks, globals, module
 * tables, interned constants, embedding handles, scheduler queues and mailboxes. Register it with
 * {@link Heap#addRoots}; the collector calls {@link #scanRoots} only while every mutator is stopped, so the
 * source needs no locking against its own threads, but it must offer every live reference precisely.
 */
@org.osgi.annotation.versioning.ConsumerType
@FunctionalInterface
public interface RootSource {
    /** Hands every reference this source holds to the visitor, which may rewrite them in place. */
    void scanRoots(RootVisitor visitor);
}
