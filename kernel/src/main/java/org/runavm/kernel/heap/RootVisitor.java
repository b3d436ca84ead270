package org.runavm.kernel.heap;

/**
 * What a collector does with roots: {@link RootSource}s hand it their arrays, and it reads (and, if it
 * moves objects, rewrites in place) every reference in them. Implemented by collector plans.
 */
@org.osgi.annotation.versioning.ProviderType
public interface RootVisitor {
    /**
     * Visits frame-like storage: slot {@code i} in {@code [from, to)} is a reference iff
     * {@code tags[i] == Tag.REF}; its payload may be rewritten.
     */
    void visitValues(long[] payloads, byte[] tags, int from, int to);

    /** Visits an array of references where 0 means "no reference"; entries may be rewritten. */
    void visitReferences(long[] references, int from, int to);
}
