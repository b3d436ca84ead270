package org.runavm.engine.interpreter.internal;

import org.runavm.kernel.bytecode.Constant;
import org.runavm.kernel.heap.Mutator;
import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.heap.Slots;
import org.runavm.kernel.heap.objects.HashTables;
import org.runavm.kernel.heap.objects.Lists;
import org.runavm.kernel.heap.objects.Texts;
import org.runavm.kernel.heap.objects.Tuples;
import org.runavm.kernel.value.Tag;
import org.runavm.kernel.value.Values;

/**
 * Collection instructions: literals, indexing, {@code contains}, {@code length of}, unpacking. Each
 * allocates its result first, while its operands are still rooted on the value stack, and reads the
 * operands back from the stack afterwards.
 */
final class Collections {
    private Collections() {
    }

    /** NEW_LIST/NEW_TUPLE/NEW_SET/NEW_MAP over the values below {@code sp}; returns the new sp. */
    static int build(Vm vm, int op, int n, int sp) {
        ValueStack st = vm.st;
        Mutator mut = vm.mut;
        int values = op == Op.NEW_MAP ? 2 * n : n;
        int from = sp - values;
        long result;
        switch (op) {
            case Op.NEW_LIST -> {
                result = Lists.allocate(mut, n);
                for (int i = 0; i < n; i++) {
                    result = Lists.add(mut, result, st.t[from + i], st.p[from + i]);
                }
            }
            case Op.NEW_TUPLE -> {
                result = Tuples.allocate(mut, n);
                Tuples.initializeFresh(mut, result, st.t, st.p, from);
            }
            case Op.NEW_SET -> {
                result = HashTables.allocateSet(mut);
                for (int i = 0; i < n; i++) {
                    result = InstanceKeys.putCanonical(vm, result, from + i, -1);
                }
            }
            default -> {
                result = HashTables.allocateMap(mut);
                for (int i = 0; i < n; i++) {
                    result = InstanceKeys.putCanonical(vm, result, from + 2 * i, from + 2 * i + 1);
                }
            }
        }
        st.t[from] = Tag.REF;
        st.p[from] = result;
        st.sp = from + 1;
        return from + 1;
    }

    /**
     * Makes the Tuple of the {@code elements} constant pushes at {@code pc} in {@code original}, the
     * code of {@code prog} as compiled (a {@link Quickener#LOAD_TUPLE_CONST}). The elements are staged
     * on the value stack, where the collector sees them if the allocation collects.
     */
    static long constantTuple(Vm vm, Program prog, byte[] original, int pc, int elements) {
        ValueStack st = vm.st;
        int at = pc;
        for (int i = 0; i < elements; i++) {
            int op = original[at] & 0xFF;
            switch (op) {
                case Op.LOAD_NULL -> st.push(Tag.NULL, 0);
                case Op.LOAD_TRUE -> st.push(Tag.BOOLEAN, Values.TRUE);
                case Op.LOAD_FALSE -> st.push(Tag.BOOLEAN, Values.FALSE);
                case Op.LOAD_INT -> st.push(Tag.INTEGER, prog.ops[at + 1]);
                case Op.LOAD_CONST -> st.push(prog.ct[prog.ops[at + 1]], prog.cp[prog.ops[at + 1]]);
                default -> throw new IllegalStateException("not a constant push at " + at + ": 0x" + Integer.toHexString(op));
            }
            at += Op.LEN[op];
        }
        build(vm, Op.NEW_TUPLE, elements, st.sp);
        return st.p[--st.sp];
    }

    /**
     * For compiled code's {@code NEW_TUPLE} at {@code pc}: when the {@code n} values below {@code sp}
     * are exactly the elements of the Tuple of constants that ends there, puts that Tuple in their
     * place instead of making a new one and returns true. Compiled code has pushed the values itself,
     * and may have reached the {@code NEW_TUPLE} by a jump into the sequence, so the values are
     * compared rather than assumed.
     */
    static boolean pushConstantTuple(Vm vm, Program prog, int pc, int n, int sp) {
        int[] sites = prog.tupleSites;
        int k = sites == null ? 0 : sites[pc + 1];
        if (k == 0) {
            return false;
        }
        long tuple = prog.constantTuples[k - 1];
        ValueStack st = vm.st;
        int from = sp - n;
        for (int i = 0; i < n; i++) {
            if (st.t[from + i] != Slots.tag(vm.mem, tuple, i) || st.p[from + i] != Slots.payload(vm.mem, tuple, i)) {
                return false;
            }
        }
        st.t[from] = Tag.REF;
        st.p[from] = tuple;
        st.sp = from + 1;
        return true;
    }

    /** Pushes a fresh List or Map built from a constant (recursively for nested constants). */
    static void materialize(Vm vm, Program prog, Constant c) {
        ValueStack st = vm.st;
        switch (c) {
            case Constant.ListOf l -> {
                for (int e : l.elements()) {
                    pushConstant(vm, prog, e);
                }
                build(vm, Op.NEW_LIST, l.elements().size(), st.sp);
            }
            case Constant.MapOf m -> {
                for (int i = 0; i < m.keys().size(); i++) {
                    pushConstant(vm, prog, m.keys().get(i));
                    pushConstant(vm, prog, m.values().get(i));
                }
                build(vm, Op.NEW_MAP, m.keys().size(), st.sp);
            }
            default -> throw RunaException.typeError("constant " + c + " cannot be loaded as a value");
        }
    }

    private static void pushConstant(Vm vm, Program prog, int index) {
        if (prog.ct[index] != Tag.EMPTY) {
            vm.st.push(prog.ct[index], prog.cp[index]);
        } else {
            materialize(vm, prog, prog.image.constants().get(index));
        }
    }

    static RunaException indexError(long index, long size) {
        return RunaException.indexError("index " + index + " is out of range for a collection of length " + size);
    }

    private static long index(Vm vm, byte t, long p) {
        if (t != Tag.INTEGER) {
            throw RunaException.typeError("an index must be an Integer, not " + vm.aTypeName(t, p));
        }
        return p;
    }

    /** GET_INDEX: {@code c[i]} from the two values below {@code sp}, into {@code sp - 2}. */
    static void getIndex(Vm vm, int sp) {
        ValueStack st = vm.st;
        byte ct = st.t[sp - 2];
        long c = st.p[sp - 2];
        byte it = st.t[sp - 1];
        long i = st.p[sp - 1];
        int shape = ct == Tag.REF ? Slots.shape(vm.mem, c) : -1;
        switch (shape) {
            case Shapes.LIST -> {
                long idx = index(vm, it, i);
                long size = Lists.size(vm.mem, c);
                if (idx < 0 || idx >= size) {
                    throw indexError(idx, size);
                }
                st.t[sp - 2] = Lists.tag(vm.mem, c, idx);
                st.p[sp - 2] = Lists.payload(vm.mem, c, idx);
            }
            case Shapes.TUPLE -> {
                long idx = index(vm, it, i);
                long size = Tuples.size(vm.mem, c);
                if (idx < 0 || idx >= size) {
                    throw indexError(idx, size);
                }
                st.t[sp - 2] = Tuples.tag(vm.mem, c, idx);
                st.p[sp - 2] = Tuples.payload(vm.mem, c, idx);
            }
            case Shapes.TEXT_LATIN1, Shapes.TEXT_UTF32 -> {
                long idx = index(vm, it, i);
                long size = Texts.length(vm.mem, c);
                if (idx < 0 || idx >= size) {
                    throw indexError(idx, size);
                }
                long ch = Texts.allocate(vm.mut, new int[] {Texts.codePointAt(vm.mem, c, idx)});
                st.t[sp - 2] = Tag.REF;
                st.p[sp - 2] = ch;
            }
            case Shapes.MAP -> {
                InstanceKeys.canonicalize(vm, sp - 2, sp - 1);
                c = st.p[sp - 2];
                it = st.t[sp - 1];
                i = st.p[sp - 1];
                long e = HashTables.find(vm.mem, c, it, i);
                if (e < 0) {
                    throw new RunaException("KeyError", "key " + TextForm.formOf(vm, it, i) + " is not in the Map");
                }
                st.t[sp - 2] = HashTables.valueTag(vm.mem, c, e);
                st.p[sp - 2] = HashTables.valuePayload(vm.mem, c, e);
            }
            case Shapes.BYTES -> {
                st.t[sp - 2] = Tag.INTEGER;
                st.p[sp - 2] = BytesMethods.get(vm, c, it, i, "Bytes index");
            }
            default -> throw RunaException.typeError(vm.aTypeName(ct, c) + " cannot be indexed");
        }
    }

    /** SET_INDEX: {@code c[i] = v} from the three values below {@code sp}. */
    static void setIndex(Vm vm, int sp) {
        ValueStack st = vm.st;
        byte ct = st.t[sp - 3];
        long c = st.p[sp - 3];
        int shape = ct == Tag.REF ? Slots.shape(vm.mem, c) : -1;
        if (shape == Shapes.LIST) {
            long idx = index(vm, st.t[sp - 2], st.p[sp - 2]);
            long size = Lists.size(vm.mem, c);
            if (idx < 0 || idx >= size) {
                throw indexError(idx, size);
            }
            Lists.set(vm.mut, c, idx, st.t[sp - 1], st.p[sp - 1]);
        } else if (shape == Shapes.MAP) {
            InstanceKeys.canonicalize(vm, sp - 3, sp - 2);
            HashTables.put(vm.mut, st.p[sp - 3], st.t[sp - 2], st.p[sp - 2], st.t[sp - 1], st.p[sp - 1]);
        } else if (shape == Shapes.BYTES) {
            BytesMethods.set(vm, c, sp - 2, "Bytes index assignment");
        } else {
            throw RunaException.typeError(vm.aTypeName(ct, c) + " does not support item assignment");
        }
    }

    /** Whether the collection in slot {@code c} contains the value in slot {@code x}. */
    static boolean contains(Vm vm, int c, int x) {
        ValueStack st = vm.st;
        byte ct = st.t[c];
        long cp = st.p[c];
        int shape = ct == Tag.REF ? Slots.shape(vm.mem, cp) : -1;
        switch (shape) {
            case Shapes.MAP, Shapes.SET -> {
                InstanceKeys.canonicalize(vm, c, x);
                return HashTables.find(vm.mem, st.p[c], st.t[x], st.p[x]) >= 0;
            }
            case Shapes.TEXT_LATIN1, Shapes.TEXT_UTF32 -> {
                if (!vm.isText(st.t[x], st.p[x])) {
                    throw RunaException.typeError("a Text can only contain a Text");
                }
                return vm.str(cp).contains(vm.str(st.p[x]));
            }
            case Shapes.LIST, Shapes.TUPLE -> {
                return indexOf(vm, c, x) >= 0;
            }
            case Shapes.BYTES -> {
                return BytesMethods.indexOf(vm, cp, st.t[x], st.p[x]) >= 0;
            }
            default -> throw RunaException.typeError(vm.aTypeName(ct, cp) + " has no elements to search");
        }
    }

    /** The index of the value in slot {@code x} in the List or Tuple in slot {@code c}, or -1. */
    static long indexOf(Vm vm, int c, int x) {
        ValueStack st = vm.st;
        boolean list = Slots.shape(vm.mem, st.p[c]) == Shapes.LIST;
        long n = list ? Lists.size(vm.mem, st.p[c]) : Slots.length(vm.mem, st.p[c]);
        for (long i = 0; i < n; i++) {
            long cp = st.p[c];
            if (list && i >= Lists.size(vm.mem, cp)) {
                break;
            }
            byte et = list ? Lists.tag(vm.mem, cp, i) : Slots.tag(vm.mem, cp, i);
            long ep = list ? Lists.payload(vm.mem, cp, i) : Slots.payload(vm.mem, cp, i);
            if (Equality.equal(vm, et, ep, st.t[x], st.p[x], 0)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * LENGTH: replaces the value in {@code slot} by its length. {@code length of x} is {@code x.length()}
     * (language.md §12), so an instance whose class has a {@code length} method gets it called. A call.
     */
    static void lengthOf(Vm vm, Calls calls, int slot) {
        ValueStack st = vm.st;
        if (vm.isInstance(st.t[slot], st.p[slot]) && vm.classOf(st.t[slot], st.p[slot]).methods.containsKey("length")) {
            calls.callMethodNested("length", slot, 0);
            return;
        }
        long n = length(vm, st.t[slot], st.p[slot]);
        st.t[slot] = Tag.INTEGER;
        st.p[slot] = n;
    }

    static long length(Vm vm, byte t, long p) {
        int shape = t == Tag.REF ? Slots.shape(vm.mem, p) : -1;
        return switch (shape) {
            case Shapes.TEXT_LATIN1, Shapes.TEXT_UTF32 -> Texts.length(vm.mem, p);
            case Shapes.LIST -> Lists.size(vm.mem, p);
            case Shapes.MAP, Shapes.SET -> HashTables.count(vm.mem, p);
            case Shapes.TUPLE -> Tuples.size(vm.mem, p);
            case Shapes.BYTES -> org.runavm.kernel.heap.objects.ByteArrays.length(vm.mem, p);
            default -> throw RunaException.typeError(vm.aTypeName(t, p) + " has no length");
        };
    }

    /** UNPACK: replaces the sequence below {@code sp} by its {@code n} elements; returns the new sp. */
    static int unpack(Vm vm, int n, int sp) {
        ValueStack st = vm.st;
        byte t = st.t[sp - 1];
        long p = st.p[sp - 1];
        int shape = t == Tag.REF ? Slots.shape(vm.mem, p) : -1;
        if (shape != Shapes.LIST && shape != Shapes.TUPLE) {
            throw RunaException.typeError("cannot unpack " + vm.aTypeName(t, p));
        }
        boolean list = shape == Shapes.LIST;
        long size = list ? Lists.size(vm.mem, p) : Tuples.size(vm.mem, p);
        if (size != n) {
            throw RunaException.valueError("expected " + n + " values to unpack, got " + size);
        }
        st.ensureSlots(sp + n);
        for (int i = 0; i < n; i++) {
            st.t[sp - 1 + i] = list ? Lists.tag(vm.mem, p, i) : Tuples.tag(vm.mem, p, i);
            st.p[sp - 1 + i] = list ? Lists.payload(vm.mem, p, i) : Tuples.payload(vm.mem, p, i);
        }
        st.sp = sp - 1 + n;
        return st.sp;
    }

    /** {@code a + b} on two Lists: a new List with the elements of both. */
    static void concatLists(Vm vm, int sp) {
        ValueStack st = vm.st;
        long n = Lists.size(vm.mem, st.p[sp - 2]) + Lists.size(vm.mem, st.p[sp - 1]);
        long result = Lists.allocate(vm.mut, (int) Math.min(n, Integer.MAX_VALUE));
        for (int side = 2; side >= 1; side--) {
            for (long i = 0; i < Lists.size(vm.mem, st.p[sp - side]); i++) {
                long src = st.p[sp - side];
                result = Lists.add(vm.mut, result, Lists.tag(vm.mem, src, i), Lists.payload(vm.mem, src, i));
            }
        }
        st.t[sp - 2] = Tag.REF;
        st.p[sp - 2] = result;
    }
}
