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
