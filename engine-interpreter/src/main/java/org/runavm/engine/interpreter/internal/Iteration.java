package org.runavm.engine.interpreter.internal;

import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.heap.Slots;
import org.runavm.kernel.heap.objects.HashTables;
import org.runavm.kernel.heap.objects.Lists;
import org.runavm.kernel.heap.objects.Texts;
import org.runavm.kernel.heap.objects.Tuples;
import org.runavm.kernel.value.Tag;

/**
 * {@code For each}: GET_ITER wraps the source in an iterator object (source and position), FOR_ITER
 * advances it. Lists, Tuples, Texts (one-character Texts), Sets, Maps (their keys) and Bytes (Integers
 * 0 to 255) iterate, and instances of a class that defines {@code iterate()}; a List
 * that grows during iteration yields the new elements too.
 */
final class Iteration {
    /** The method that makes instances of a class iterable. */
    static final String ITERATE = "iterate";

    private Iteration() {
    }

    static void getIter(Vm vm, int slot) {
        ValueStack st = vm.st;
        byte t = st.t[slot];
        long p = st.p[slot];
        if (channel(vm, t, p) != null) {
            return; // a channel is its own iterator: For each receives until it is closed
        }
        int shape = t == Tag.REF ? Slots.shape(vm.mem, p) : -1;
        if (shape == Shapes.INSTANCE && vm.classOf(t, p).methods.containsKey(ITERATE)) {
            iterateInstance(vm, slot);
            return;
        }
        switch (shape) {
            case EngineShapes.GENERATOR -> {
                return; // a generator is its own iterator
            }
            case Shapes.LIST, Shapes.TUPLE, Shapes.TEXT_LATIN1, Shapes.TEXT_UTF32, Shapes.MAP, Shapes.SET, Shapes.BYTES -> {
            }
            default -> throw RunaException.typeError(vm.aTypeName(t, p) + " cannot be iterated");
        }
        long it = vm.mut.allocateValues(EngineShapes.ITERATOR, 2);
        vm.mut.store(it, 0, st.t[slot], st.p[slot]);
        vm.mut.store(it, 1, Tag.INTEGER, 0);
        st.t[slot] = Tag.REF;
        st.p[slot] = it;
    }

    /**
     * An instance whose class defines {@code iterate()} iterates what that method returns (a List, a
     * generator...), which must not itself be such an instance.
     */
    private static void iterateInstance(Vm vm, int slot) {
        ValueStack st = vm.st;
        int at = st.sp;
        st.push(st.t[slot], st.p[slot]);
        vm.interp.calls().callMethodNested(ITERATE, at, 0);
        st.t[slot] = st.t[at];
        st.p[slot] = st.p[at];
        st.sp = at;
        if (vm.isInstance(st.t[slot], st.p[slot])) {
            throw RunaException.typeError("iterate() must return a List, Set, Map, Tuple, Text, generator or Channel, not a "
                    + vm.typeName(st.t[slot], st.p[slot]));
        }
        getIter(vm, slot);
    }

    static Channels.Channel channel(Vm vm, byte t, long p) {
        return t == Tag.IMMEDIATE && Imm.kind(p) == Imm.OBJECT && vm.objects.get(Imm.index(p)) instanceof Channels.Channel c
                ? c : null;
    }

    /** Pushes the next value of the iterator in slot {@code s} at {@code sp}, or returns false. */
    static boolean next(Vm vm, int s, int sp) {
        ValueStack st = vm.st;
        Channels.Channel channel = channel(vm, st.t[s], st.p[s]);
        if (channel != null) {
            return Channels.receive(vm, channel, sp);
        }
        long it = st.p[s];
        long src = Slots.payload(vm.mem, it, 0);
        long pos = Slots.payload(vm.mem, it, 1);
        switch (Slots.shape(vm.mem, src)) {
            case Shapes.LIST -> {
                if (pos >= Lists.size(vm.mem, src)) {
                    return false;
                }
                st.t[sp] = Lists.tag(vm.mem, src, pos);
                st.p[sp] = Lists.payload(vm.mem, src, pos);
            }
            case Shapes.TUPLE -> {
                if (pos >= Tuples.size(vm.mem, src)) {
                    return false;
                }
                st.t[sp] = Tuples.tag(vm.mem, src, pos);
                st.p[sp] = Tuples.payload(vm.mem, src, pos);
            }
            case Shapes.BYTES -> {
                if (pos >= org.runavm.kernel.heap.objects.ByteArrays.length(vm.mem, src)) {
                    return false;
                }
                st.t[sp] = Tag.INTEGER;
                st.p[sp] = org.runavm.kernel.heap.objects.ByteArrays.get(vm.mem, src, pos);
            }
            case Shapes.MAP, Shapes.SET -> {
                while (pos < HashTables.entryLimit(vm.mem, src) && !HashTables.isLive(vm.mem, src, pos)) {
                    pos++;
                }
                if (pos >= HashTables.entryLimit(vm.mem, src)) {
                    return false;
                }
                st.t[sp] = HashTables.keyTag(vm.mem, src, pos);
                st.p[sp] = HashTables.keyPayload(vm.mem, src, pos);
            }
            default -> {
                if (pos >= Texts.length(vm.mem, src)) {
                    return false;
                }
                int cp = Texts.codePointAt(vm.mem, src, pos);
                long ch = Texts.allocate(vm.mut, new int[] {cp});
                it = st.p[s];
                st.t[sp] = Tag.REF;
                st.p[sp] = ch;
            }
        }
        vm.mut.store(it, 1, Tag.INTEGER, pos + 1);
        return true;
    }
}
