package org.runavm.engine.interpreter.internal;

import org.runavm.kernel.heap.objects.HashTables;
import org.runavm.kernel.value.Tag;

/**
 * Class instances that define {@code equals(other)}, and Pointers (equal by address), as Map keys and
 * Set elements. The heap's tables hash such objects by identity, so before a lookup the engine
 * replaces such a key by an equal key already in the table (found by calling {@code equals}, or by
 * comparing addresses); lookups by identity then find the entry. This costs a scan of the table for
 * such keys only; keys of every other type are untouched.
 */
final class InstanceKeys {
    private InstanceKeys() {
    }

    /** Canonicalizes the key in {@code keySlot} against the Map or Set in {@code tableSlot}. */
    /**
     * Puts the key in {@code keySlot} (with the value in {@code valueSlot}, or none when it is -1, for a
     * Set) into {@code table}, canonicalized first like any other insertion, and returns the table's
     * address: a key equal through {@code equals} to one already there is not added twice. May run
     * Runa code ({@code equals}), so the table is kept in a stack slot meanwhile.
     */
    static long putCanonical(Vm vm, long table, int keySlot, int valueSlot) {
        ValueStack st = vm.st;
        int at = st.sp;
        st.ensureSlots(at + 1);
        st.t[at] = Tag.REF;
        st.p[at] = table;
        st.sp = at + 1;
        canonicalize(vm, at, keySlot);
        byte vt = valueSlot < 0 ? Tag.EMPTY : st.t[valueSlot];
        long vp = valueSlot < 0 ? 0 : st.p[valueSlot];
        long result = HashTables.put(vm.mut, st.p[at], st.t[keySlot], st.p[keySlot], vt, vp);
        st.sp = at;
        return result;
    }

    static void canonicalize(Vm vm, int tableSlot, int keySlot) {
        ValueStack st = vm.st;
        boolean pointer = Pointers.isPointer(vm, st.t[keySlot], st.p[keySlot]);
        if (!pointer && (!vm.isInstance(st.t[keySlot], st.p[keySlot])
                || !vm.classOf(st.t[keySlot], st.p[keySlot]).methods.containsKey("equals"))) {
            return;
        }
        if (HashTables.find(vm.mem, st.p[tableSlot], st.t[keySlot], st.p[keySlot]) >= 0) {
            return;
        }
        for (long e = 0; e < HashTables.entryLimit(vm.mem, st.p[tableSlot]); e++) {
            long table = st.p[tableSlot];
            if (!HashTables.isLive(vm.mem, table, e) || HashTables.keyTag(vm.mem, table, e) != Tag.REF) {
                continue;
            }
            long candidate = HashTables.keyPayload(vm.mem, table, e);
            if (pointer ? !Pointers.isPointer(vm, Tag.REF, candidate) : !vm.isInstance(Tag.REF, candidate)) {
                continue;
            }
            if (Equality.equal(vm, st.t[keySlot], st.p[keySlot], Tag.REF, candidate, 0)) {
                table = st.p[tableSlot];
                st.p[keySlot] = HashTables.keyPayload(vm.mem, table, e);
                return;
            }
        }
    }
}
