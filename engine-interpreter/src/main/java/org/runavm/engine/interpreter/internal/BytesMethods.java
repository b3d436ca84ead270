package org.runavm.engine.interpreter.internal;

import java.util.ArrayList;
import java.util.List;
import org.runavm.kernel.heap.objects.ByteArrays;
import org.runavm.kernel.value.Tag;

/**
 * Bytes, the mutable byte array ({@code text.encode_utf8}, {@code crypto}, {@code io}, {@code collections.Bytes}):
 * its methods, {@code b[i]}, {@code b[i] = v} and membership. A byte reads as an Integer 0 to 255;
 * writing anything outside that range is a {@code ValueError}, an index outside the array an
 * {@code IndexError}, as for Lists.
 */
final class BytesMethods {
    private BytesMethods() {
    }

    static void call(Vm vm, String name, int slot, int argc) {
        ValueStack st = vm.st;
        long bytes = st.p[slot];
        long length = ByteArrays.length(vm.mem, bytes);
        switch (name) {
            case "length" -> {
                ValueMethods.arity(name, argc, 0, 0);
                ValueMethods.scalar(vm, slot, Tag.INTEGER, length);
            }
            case "is_empty" -> {
                ValueMethods.arity(name, argc, 0, 0);
                ValueMethods.scalar(vm, slot, Tag.BOOLEAN, length == 0 ? 1 : 0);
            }
            case "get" -> {
                ValueMethods.arity(name, argc, 1, 1);
                ValueMethods.scalar(vm, slot, Tag.INTEGER, get(vm, bytes, st.t[slot + 1], st.p[slot + 1], "Bytes.get"));
            }
            case "set" -> {
                ValueMethods.arity(name, argc, 2, 2);
                set(vm, bytes, slot + 1, "Bytes.set");
                ValueMethods.scalar(vm, slot, Tag.NULL, 0);
            }
            case "slice" -> {
                ValueMethods.arity(name, argc, 1, 2);
                long start = integer(vm, slot + 1, "Bytes.slice");
                long end = argc > 1 ? integer(vm, slot + 2, "Bytes.slice") : length;
                if (start < 0 || end > length || start > end) {
                    throw new RunaException("IndexError", "Bytes.slice(" + start + ", " + end
                            + ") is out of range for " + length + " bytes");
                }
                byte[] all = ByteArrays.toByteArray(vm.mem, bytes);
                ValueMethods.result(vm, slot, java.util.Arrays.copyOfRange(all, (int) start, (int) end));
            }
            case "copy" -> {
                ValueMethods.arity(name, argc, 0, 0);
                ValueMethods.result(vm, slot, ByteArrays.toByteArray(vm.mem, bytes));
            }
            case "to_list" -> {
                ValueMethods.arity(name, argc, 0, 0);
                List<Object> out = new ArrayList<>((int) length);
                for (long i = 0; i < length; i++) {
                    out.add((long) ByteArrays.get(vm.mem, bytes, i));
                }
                ValueMethods.result(vm, slot, out);
            }
            case "index_of" -> {
                ValueMethods.arity(name, argc, 1, 1);
                ValueMethods.scalar(vm, slot, Tag.INTEGER, indexOf(vm, bytes, st.t[slot + 1], st.p[slot + 1]));
            }
            case "contains" -> {
                ValueMethods.arity(name, argc, 1, 1);
                ValueMethods.scalar(vm, slot, Tag.BOOLEAN,
                        indexOf(vm, bytes, st.t[slot + 1], st.p[slot + 1]) >= 0 ? 1 : 0);
            }
            default -> throw new RunaException("AttributeError", "a Bytes has no method " + name);
        }
    }

    /** {@code b[i]}: the byte at an Integer index, as 0 to 255. */
    static long get(Vm vm, long bytes, byte it, long i, String operation) {
        if (it != Tag.INTEGER) {
            throw RunaException.typeError(operation + ": an index must be an Integer, not " + vm.aTypeName(it, i));
        }
        long length = ByteArrays.length(vm.mem, bytes);
        if (i < 0 || i >= length) {
            throw new RunaException("IndexError", operation + ": index " + i + " is out of range for " + length + " bytes");
        }
        return ByteArrays.get(vm.mem, bytes, i);
    }

    /** {@code b[i] = v} with the index and the value in the two slots from {@code at}. */
    static void set(Vm vm, long bytes, int at, String operation) {
        ValueStack st = vm.st;
        get(vm, bytes, st.t[at], st.p[at], operation);
        long value = integer(vm, at + 1, operation);
        if (value < 0 || value > 255) {
            throw RunaException.valueError(operation + ": a byte is 0 to 255, not " + value);
        }
        ByteArrays.set(vm.mem, bytes, st.p[at], (int) value);
    }

    /** The first index of the byte value {@code (t, p)}, or -1 (also for anything that is no byte). */
    static long indexOf(Vm vm, long bytes, byte t, long p) {
        if (t != Tag.INTEGER || p < 0 || p > 255) {
            return -1;
        }
        long length = ByteArrays.length(vm.mem, bytes);
        for (long i = 0; i < length; i++) {
            if (ByteArrays.get(vm.mem, bytes, i) == p) {
                return i;
            }
        }
        return -1;
    }

    private static long integer(Vm vm, int slot, String operation) {
        ValueStack st = vm.st;
        if (st.t[slot] != Tag.INTEGER) {
            throw RunaException.typeError(operation + " needs an Integer, not " + vm.aTypeName(st.t[slot], st.p[slot]));
        }
        return st.p[slot];
    }

    /** Structural equality: same length, same bytes. */
    static boolean equal(Vm vm, long a, long b) {
        long n = ByteArrays.length(vm.mem, a);
        if (n != ByteArrays.length(vm.mem, b)) {
            return false;
        }
        for (long i = 0; i < n; i++) {
            if (ByteArrays.get(vm.mem, a, i) != ByteArrays.get(vm.mem, b, i)) {
                return false;
            }
        }
        return true;
    }
}
