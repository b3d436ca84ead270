package org.runavm.engine.interpreter.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.runavm.kernel.heap.RootSource;
import org.runavm.kernel.heap.RootVisitor;
import org.runavm.kernel.value.Tag;

/**
 * Named values outside the heap that the collector must see: a program's globals, a module's
 * members. Names map to slots once and never move, so inline caches may keep a slot number.
 */
final class RootedTable implements RootSource {
    private final Map<String, Integer> slots = new LinkedHashMap<>();
    long[] p = new long[16];
    byte[] t = new byte[16];

    /** The slot of {@code name}, or -1. */
    int slot(String name) {
        Integer s = slots.get(name);
        return s == null ? -1 : s;
    }

    /** The slot of {@code name}, created empty when new. */
    int define(String name) {
        Integer s = slots.get(name);
        if (s != null) {
            return s;
        }
        int slot = slots.size();
        if (slot == p.length) {
            p = Arrays.copyOf(p, slot * 2);
            t = Arrays.copyOf(t, slot * 2);
        }
        slots.put(name, slot);
        return slot;
    }

    void set(String name, byte tag, long payload) {
        int s = define(name);
        t[s] = tag;
        p[s] = payload;
    }

    boolean isDefined(int slot) {
        return slot >= 0 && t[slot] != Tag.EMPTY;
    }

    Iterable<String> names() {
        return slots.keySet();
    }

    /** Sets every slot to null: the table is no longer a root, so the references it held may be stale. */
    void forget() {
        java.util.Arrays.fill(t, Tag.NULL);
        java.util.Arrays.fill(p, 0);
    }

    @Override
    public void scanRoots(RootVisitor visitor) {
        visitor.visitValues(p, t, 0, slots.size());
    }
}
