package org.runavm.engine.interpreter.internal;

import java.util.Locale;
import org.runavm.kernel.ffi.ForeignSession;
import org.runavm.kernel.ffi.ForeignType;
import org.runavm.kernel.heap.Slots;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.value.Tag;

/**
 * Runa's {@code Pointer} (language.md §10): a small heap object ({@link EngineShapes#POINTER}) holding a
 * native address and the number of the VM's native block it points into, so the collector moves it
 * like any value and a Pointer to freed memory is caught. Its methods, {@code Memory}, and
 * {@code Text.to_c_string()} / {@code Text.from_c_string(p)} live here.
 *
 * <p>Every operation on native memory asks for the {@code ffi} permission first ({@link Foreign#requireMemory}).
 */
final class Pointers {
    /** A Pointer as Java code passes it around: its address and its block (0 for memory from C). */
    record Value(long address, long block) {
    }

    private Pointers() {
    }

    /** A new Pointer object. A safepoint. */
    static long allocate(Vm vm, long address, long block) {
        long ref = vm.mut.allocateValues(EngineShapes.POINTER, 2);
        Slots.setRaw(vm.mem, ref, 0, Tag.INTEGER, address);
        Slots.setRaw(vm.mem, ref, 1, Tag.INTEGER, block);
        return ref;
    }

    static boolean isPointer(Vm vm, byte t, long p) {
        return t == Tag.REF && Slots.shape(vm.mem, p) == EngineShapes.POINTER;
    }

    static long address(Vm vm, long ref) {
        return Slots.payload(vm.mem, ref, 0);
    }

    static long block(Vm vm, long ref) {
        return Slots.payload(vm.mem, ref, 1);
    }

    static Value value(Vm vm, long ref) {
        return new Value(address(vm, ref), block(vm, ref));
    }

    static String text(long address) {
        return "0x" + Long.toHexString(address);
    }

    /** The Pointer in {@code slot}, or a TypeError naming {@code what}. */
    static Value argument(Vm vm, int slot, String what) {
        ValueStack st = vm.st;
        if (slot >= st.sp || !isPointer(vm, st.t[slot], st.p[slot])) {
            String got = slot >= st.sp ? "nothing" : vm.aTypeName(st.t[slot], st.p[slot]);
            throw RunaException.typeError(what + " needs a Pointer, got " + got);
        }
        return value(vm, st.p[slot]);
    }

    // ---- Pointer methods -------------------------------------------------------------------------

    /** A method of the Pointer in {@code slot}; the result replaces it. */
    static void call(Vm vm, String name, int slot, int argc) {
        Value ptr = value(vm, vm.st.p[slot]);
        switch (name) {
            case "address" -> {
                ValueMethods.arity(name, argc, 0, 0);
                ValueMethods.scalar(vm, slot, Tag.INTEGER, ptr.address());
            }
            case "is_null" -> {
                ValueMethods.arity(name, argc, 0, 0);
                ValueMethods.scalar(vm, slot, Tag.BOOLEAN, ptr.address() == 0 ? 1 : 0);
            }
            case "offset" -> {
                ValueMethods.arity(name, argc, 1, 1);
                long bytes = integer(vm, slot + 1, "offset");
                ValueMethods.scalar(vm, slot, Tag.REF, allocate(vm, ptr.address() + bytes, ptr.block()));
            }
            case "free" -> {
                ValueMethods.arity(name, argc, 0, 0);
                free(vm, ptr);
                ValueMethods.scalar(vm, slot, Tag.NULL, 0);
            }
            case "read_text" -> {
                ValueMethods.arity(name, argc, 0, 0);
                ValueMethods.result(vm, slot, fromCString(vm, ptr, name));
            }
            default -> {
                if (name.startsWith("read_") && type(name.substring(5)) != null) {
                    read(vm, slot, argc, ptr, name);
                } else if (name.startsWith("write_") && type(name.substring(6)) != null) {
                    write(vm, slot, argc, ptr, name);
                } else {
                    throw ValueMethods.noMethod(vm, name, Tag.REF, vm.st.p[slot]);
                }
            }
        }
    }

    /** {@code p.read_int32()} or {@code p.read_int32(offset)}: the value of that native type there. */
    private static void read(Vm vm, int slot, int argc, Value ptr, String name) {
        ValueMethods.arity(name, argc, 0, 1);
        ForeignType type = type(name.substring(5));
        long address = ptr.address() + (argc == 1 ? integer(vm, slot + 1, name) : 0);
        Foreign foreign = vm.root.foreign;
        foreign.requireMemory();
        foreign.checkAccess(ptr.block(), ptr.address(), address, sizeOf(type), name);
        Object value = foreign.session().read(address, type);
        ValueMethods.result(vm, slot, ForeignCalls.toRuna(vm, value));
    }

    /** {@code p.write_int32(value)} or {@code p.write_int32(value, offset)}. */
    private static void write(Vm vm, int slot, int argc, Value ptr, String name) {
        ValueMethods.arity(name, argc, 1, 2);
        ForeignType type = type(name.substring(6));
        long address = ptr.address() + (argc == 2 ? integer(vm, slot + 2, name) : 0);
        Object value = ForeignCalls.toNative(vm, type, slot + 1, name + ": the value");
        Foreign foreign = vm.root.foreign;
        foreign.requireMemory();
        foreign.checkAccess(ptr.block(), ptr.address(), address, sizeOf(type), name);
        foreign.session().write(address, type, value);
        ValueMethods.scalar(vm, slot, Tag.NULL, 0);
    }

    /** The native type a method suffix names ({@code int32}, {@code uint8}, {@code pointer} ...), or null. */
    static ForeignType type(String suffix) {
        for (ForeignType type : ForeignType.values()) {
            if (type != ForeignType.VOID && type.runaName().toLowerCase(Locale.ROOT).equals(suffix)) {
                return type;
            }
        }
        return null;
    }

    private static void free(Vm vm, Value ptr) {
        Foreign foreign = vm.root.foreign;
        foreign.requireMemory();
        if (ptr.address() == 0) {
            return; // as C's free(NULL)
        }
        foreign.checkLive(ptr.block(), ptr.address(), "free");
        foreign.session().free(ptr.address());
        foreign.removeBlock(ptr.block());
    }

    private static long integer(Vm vm, int slot, String what) {
        ValueStack st = vm.st;
        if (st.t[slot] != Tag.INTEGER) {
            throw RunaException.typeError(what + " needs an Integer, got " + vm.aTypeName(st.t[slot], st.p[slot]));
        }
        return st.p[slot];
    }

    // ---- Text <-> C strings ----------------------------------------------------------------------

    /** {@code text.to_c_string()}: a NUL-terminated UTF-8 copy, freed with the VM unless freed earlier. */
    static Value toCString(Vm vm, String text) {
        Foreign foreign = vm.root.foreign;
        foreign.requireMemory();
        ForeignSession session = foreign.session();
        long address = session.toCString(text);
        long size = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1L;
        return new Value(address, foreign.addBlock(address, size));
    }

    /** {@code Text.from_c_string(p)}. */
    static String fromCString(Vm vm, Value ptr, String use) {
        Foreign foreign = vm.root.foreign;
        foreign.requireMemory();
        foreign.checkLive(ptr.block(), ptr.address(), use);
        return foreign.session().fromCString(ptr.address());
    }

    // ---- Memory ----------------------------------------------------------------------------------

    /** {@code Memory}: {@code allocate(n)} (zeroed, freed with the VM unless freed earlier) and {@code size_of(type)}. */
    static ModuleInfo createMemoryModule(Vm owner) {
        ModuleInfo info = NativeModules.register(owner, "Memory");
        define(owner, info, "allocate", 1, 1, c -> {
            NativeCallImpl call = (NativeCallImpl) c;
            Vm vm = call.vm();
            long bytes = call.integer(0);
            if (bytes < 0) {
                call.raise("ValueError", "Memory.allocate needs a byte count of 0 or more, got " + bytes);
            }
            Foreign foreign = vm.root.foreign;
            foreign.requireMemory();
            long address = foreign.session().allocate(bytes);
            call.returnValue(new Value(address, foreign.addBlock(address, bytes)));
        });
        define(owner, info, "size_of", 1, 1, c -> {
            NativeCallImpl call = (NativeCallImpl) c;
            String name = call.text(0);
            ForeignType type = ForeignType.fromRunaName(name);
            if (type == null || type == ForeignType.VOID) {
                call.raise("ValueError", name + " is not a native type (Integer, Decimal, Boolean, Pointer, Int8 .. "
                        + "UInt64, Float32, Float64)");
            }
            call.returnInteger(sizeOf(type));
        });
        return info;
    }

    static long sizeOf(ForeignType type) {
        return switch (type) {
            case INT8, UINT8 -> 1;
            case INT16, UINT16 -> 2;
            case INT32, UINT32, FLOAT32, BOOLEAN -> 4;
            default -> 8;
        };
    }

    private static void define(Vm vm, ModuleInfo info, String name, int min, int max,
                               org.runavm.kernel.module.NativeFunction fn) {
        NativeModules.function(vm, info, name, "Memory." + name, min, max == -1 ? ModuleDefinition.ANY : max, fn);
    }
}
