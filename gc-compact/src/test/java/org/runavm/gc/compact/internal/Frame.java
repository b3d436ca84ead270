package org.runavm.gc.compact.internal;

import org.runavm.kernel.heap.RootSource;
import org.runavm.kernel.heap.RootVisitor;
import org.runavm.kernel.value.Tag;

/** A simulated engine frame: parallel payload and tag arrays, scanned as roots. */
final class Frame implements RootSource {
    final long[] payloads;
    final byte[] tags;

    Frame(int size) {
        payloads = new long[size];
        tags = new byte[size];
    }

    void setRef(int slot, long reference) {
        tags[slot] = Tag.REF;
        payloads[slot] = reference;
    }

    void clear(int slot) {
        tags[slot] = Tag.EMPTY;
        payloads[slot] = 0;
    }

    @Override
    public void scanRoots(RootVisitor visitor) {
        visitor.visitValues(payloads, tags, 0, payloads.length);
    }
}
