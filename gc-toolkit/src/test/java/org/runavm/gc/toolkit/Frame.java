package org.runavm.gc.toolkit;

import org.runavm.kernel.heap.RootSource;
import org.runavm.kernel.heap.RootVisitor;
import org.runavm.kernel.value.Tag;

/** A simulated engine frame for plan tests: parallel payload and tag arrays, scanned as roots. */
public final class Frame implements RootSource {
    public final long[] payloads;
    public final byte[] tags;

    public Frame(int size) {
        payloads = new long[size];
        tags = new byte[size];
    }

    public void setRef(int slot, long reference) {
        tags[slot] = Tag.REF;
        payloads[slot] = reference;
    }

    public void clear(int slot) {
        tags[slot] = Tag.EMPTY;
        payloads[slot] = 0;
    }

    @Override
    public void scanRoots(RootVisitor visitor) {
        visitor.visitValues(payloads, tags, 0, payloads.length);
    }
}
