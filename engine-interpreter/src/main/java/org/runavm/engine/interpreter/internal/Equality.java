package org.runavm.engine.interpreter.internal;

import org.runavm.kernel.heap.Mutator;
import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.heap.Slots;
import org.runavm.kernel.heap.objects.HashTables;
import org.runavm.kernel.heap.objects.Keys;
import org.runavm.kernel.heap.objects.Lists;
import org.runavm.kernel.value.Tag;
import org.runavm.kernel.value.Values;

/**
 * Runa's {@code ==}: structural for numbers ({@code 1 == 1.0}), Text, List, Map, Set and Tuple;
 * identity for instances unless their class defines {@code equals(other)}, which is then called.
 */
final class Equality {
    private Equality() {
    }

    /**
     * The cases the dispatch loop decides without a call: 1 when equal, 0 when not, -1 when
     * {@link #equal} must decide. Agrees with {@link #equal}: null equals only null, a value is equal
     * to itself (checked there before any {@code equals} method), Booleans and Integers by payload.
     */
    static int quick(byte ta, long a, byte tb, long b) {
        if (ta == tb) {
            if (ta == Tag.NULL || ta == Tag.REF && a == b) {
                return 1;
            }
            return ta == Tag.INTEGER || ta == Tag.BOOLEAN ? (a == b ? 1 : 0) : -1;
        }
        if (ta == Tag.NULL || tb == Tag.NULL) {
            return 0; // ta != tb here
        }
        return -1;
    }

    /** Whether the values in slots {@code a} and {@code b} of the value stack are equal. */
    static boolean equal(Vm vm, int a, int b) {
        ValueStack st = vm.st;
        return equal(vm, st.t[a], st.p[a], st.t[b], st.p[b], 0);
    }

    static boolean equal(Vm vm, byte ta, long a, byte tb, long b, int depth) {
        if (Tag.isNumber(ta) && Tag.isNumber(tb)) {
            return Values.numbersEqual(ta, a, tb, b);
        }
        if (ta != tb) {
            return false;
        }
        if (ta == Tag.IMMEDIATE && Imm.kind(a) == Imm.OBJECT && Imm.kind(b) == Imm.OBJECT) {
            return a == b || vm.objects.get(Imm.index(a)).runaEquals(vm.objects.get(Imm.index(b)));
        }
        if (ta != Tag.REF) {
            return ta == Tag.NULL || a == b;
        }
        if (a == b) {
            return true;
        }
        int sa = Slots.shape(vm.mem, a);
        int sb = Slots.shape(vm.mem, b);
        if (sa == Shapes.INSTANCE) {
            ClassInfo cls = vm.classOf(ta, a);
            if (sb == Shapes.INSTANCE && cls.methods.containsKey("equals")) {
                ValueStack st = vm.st;
                int at = st.sp;
                st.push(ta, a);
                st.push(tb, b);
                vm.interp.calls().callMethodNested("equals", at, 1);
                boolean r = st.t[at] == Tag.BOOLEAN && st.p[at] != 0;
                st.sp = at;
                return r;
            }
            return false;
        }
        if (sa != sb || depth > 200) {
            return false;
        }
        if (sa == EngineShapes.POINTER) {
            return Pointers.address(vm, a) == Pointers.address(vm, b); // the same address, whichever way it was reached
        }
        Mutator mut = vm.mut;
        int mark = mut.localsMark();
        int ra = mut.pushLocal(a);
        int rb = mut.pushLocal(b);
        try {
            switch (sa) {
                case Shapes.LIST, Shapes.TUPLE -> {
                    boolean list = sa == Shapes.LIST;
                    long n = list ? Lists.size(vm.mem, a) : Slots.length(vm.mem, a);
                    long m = list ? Lists.size(vm.mem, b) : Slots.length(vm.mem, b);
                    if (n != m) {
                        return false;
                    }
                    for (long i = 0; i < n; i++) {
                        long x = mut.local(ra);
                        long y = mut.local(rb);
                        if (list && (i >= Lists.size(vm.mem, x) || i >= Lists.size(vm.mem, y))) {
                            return false;
                        }
                        boolean eq = list
                                ? equal(vm, Lists.tag(vm.mem, x, i), Lists.payload(vm.mem, x, i),
                                        Lists.tag(vm.mem, y, i), Lists.payload(vm.mem, y, i), depth + 1)
                                : equal(vm, Slots.tag(vm.mem, x, i), Slots.payload(vm.mem, x, i),
                                        Slots.tag(vm.mem, y, i), Slots.payload(vm.mem, y, i), depth + 1);
                        if (!eq) {
                            return false;
                        }
                    }
                    return true;
                }
                case Shapes.MAP, Shapes.SET -> {
                    if (HashTables.count(vm.mem, a) != HashTables.count(vm.mem, b)) {
                        return false;
                    }
                    for (long e = 0; e < HashTables.entryLimit(vm.mem, mut.local(ra)); e++) {
                        long x = mut.local(ra);
                        if (!HashTables.isLive(vm.mem, x, e)) {
                            continue;
                        }
                        long other = HashTables.find(vm.mem, mut.local(rb), HashTables.keyTag(vm.mem, x, e),
                                HashTables.keyPayload(vm.mem, x, e));
                        if (other < 0) {
                            return false;
                        }
                        if (sa == Shapes.MAP) {
                            long y = mut.local(rb);
                            if (!equal(vm, HashTables.valueTag(vm.mem, x, e), HashTables.valuePayload(vm.mem, x, e),
                                    HashTables.valueTag(vm.mem, y, other), HashTables.valuePayload(vm.mem, y, other),
                                    depth + 1)) {
                                return false;
                            }
                        }
                    }
                    return true;
                }
                case Shapes.BYTES -> {
                    return BytesMethods.equal(vm, a, b);
                }
                default -> {
                    return Keys.equal(vm.mem, ta, a, tb, b);
                }
            }
        } finally {
            mut.popLocals(mark);
        }
    }
}
