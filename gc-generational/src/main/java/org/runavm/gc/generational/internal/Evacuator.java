package org.runavm.gc.generational.internal;

import org.runavm.gc.toolkit.BumpSpace;
import org.runavm.kernel.heap.Header;
import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.RootVisitor;
import org.runavm.kernel.heap.spi.ObjectModel;
import org.runavm.kernel.value.Tag;

/**
 * The copying half of a minor collection: every reference into the nursery (eden or the from-survivor
 * space) is replaced by the address of the object's copy, made on first visit in the to-survivor space, or
 * in the mature space once the object reaches the tenuring age or the survivor space is full. A forwarded
 * object's length word is {@link #FORWARDED} and its status word the new address.
 * {@link #pointsYoung()} tells the caller whether the slots visited since the last reset still reference
 * the nursery, which decides whether a mature object stays remembered.
 */
final class Evacuator implements RootVisitor, ObjectModel.SlotVisitor {
    static final long FORWARDED = -1L;

    private final HeapMemory memory;
    private final ObjectModel model;
    private final BumpSpace eden;
    private final BumpSpace from;
    private final BumpSpace to;
    private final BumpSpace mature;
    private final int tenureAge;
    private boolean pointsYoung;
    private long copiedWords;

    Evacuator(HeapMemory memory, ObjectModel model, BumpSpace eden, BumpSpace from, BumpSpace to, BumpSpace mature,
              int tenureAge) {
        this.memory = memory;
        this.model = model;
        this.eden = eden;
        this.from = from;
        this.to = to;
        this.mature = mature;
        this.tenureAge = tenureAge;
    }

    boolean pointsYoung() {
        return pointsYoung;
    }

    void resetPointsYoung() {
        pointsYoung = false;
    }

    long copiedWords() {
        return copiedWords;
    }

    @Override
    public void visitValues(long[] payloads, byte[] tags, int start, int end) {
        for (int i = start; i < end; i++) {
            if (tags[i] == Tag.REF) {
                payloads[i] = update(payloads[i]);
            }
        }
    }

    @Override
    public void visitReferences(long[] references, int start, int end) {
        for (int i = start; i < end; i++) {
            if (references[i] != 0) {
                references[i] = update(references[i]);
            }
        }
    }

    @Override
    public void visitSlot(long slotAddress) {
        long referent = memory.get(slotAddress);
        long updated = update(referent);
        if (updated != referent) {
            memory.set(slotAddress, updated);
        }
    }

    private long update(long reference) {
        if (eden.contains(reference) || from.contains(reference)) {
            reference = evacuate(reference);
        }
        if (to.contains(reference)) {
            pointsYoung = true;
        }
        return reference;
    }

    private long evacuate(long object) {
        if (memory.get(object + 1) == FORWARDED) {
            return memory.get(object);
        }
        long words = model.sizeInWords(memory, object);
        long status = memory.get(object);
        int age = Header.age(status) + 1;
        long target = age < tenureAge ? to.allocate(words) : -1;
        if (target < 0) {
            // The plan checked before the collection that the mature space can take the whole nursery.
            target = mature.allocate(words);
            if (target < 0) {
                throw new IllegalStateException("mature space exhausted during promotion");
            }
        }
        memory.copy(object, target, words);
        memory.set(target, Header.withAge(status, age));
        memory.set(object, target);
        memory.set(object + 1, FORWARDED);
        copiedWords += words;
        return target;
    }
}
