package org.runavm.engine.interpreter.internal;

import static org.runavm.engine.interpreter.internal.Interpreter.u16;

import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.heap.Slots;
import org.runavm.kernel.heap.objects.Instances;
import org.runavm.kernel.value.Tag;

/**
 * Field access. On instances the slot is found by name in the class and cached per instruction
 * (GET_FIELD_IC/SET_FIELD_IC: one class index and slot per cache); a name that is no field but a
 * method gives a bound method; other receivers (errors' {@code type}, modules, Types, processes)
 * go to {@link Builtins#property}.
 */
final class Fields {
    private Fields() {
    }

    static void get(Vm vm, Fn fn, int pc, boolean ic, int slot) {
        byte[] code = fn.code;
        ValueStack st = vm.st;
        byte t = st.t[slot];
        long p = st.p[slot];
        if (vm.isInstance(t, p)) {
            int classIndex = Imm.index(Instances.classPayload(vm.mem, p));
            int field = ic ? fn.cached(u16(code, pc + 3), classIndex) : -1;
            if (field < 0) { // a miss or an uncached GET_FIELD: look the name up
                Integer f = vm.classes.get(classIndex).fieldIndex.get(name(fn, code, pc));
                field = f == null ? -1 : f;
                if (ic && field >= 0) {
                    fn.cache(u16(code, pc + 3), classIndex, field);
                }
            }
            if (field >= 0) {
                st.t[slot] = Instances.fieldTag(vm.mem, p, field);
                st.p[slot] = Instances.fieldPayload(vm.mem, p, field);
                return;
            }
        }
        vm.builtins.property(name(fn, code, pc), slot);
    }

    /**
     * SET_FIELD_IC's cache entries hold the field slot in their low bits and, above them, the
     * {@link TypeCheck#kind} of the field's annotation ({@link TypeCheck#ANY} without one), so that
     * a hit whose value passes by kind ({@link #setCached}) needs no look-up at all.
     */
    private static final int FIELD_BITS = 16;
    private static final int FIELD_MASK = (1 << FIELD_BITS) - 1;

    /**
     * A SET_FIELD_IC whose cache {@code k} remembers the class of the instance in {@code slot}, with a
     * value in {@code slot + 1} its field's annotation accepts by kind: stores it and returns true.
     * Everything else (a miss, another receiver, an annotation naming a class) is left to {@link #set}.
     * Small, so that the dispatch loop and compiled code can both have it inline.
     */
    static boolean setCached(Vm vm, Fn fn, int k, byte[] t, long[] p, int slot) {
        long object = p[slot];
        if (t[slot] != Tag.REF || Slots.shape(vm.mem, object) != Shapes.INSTANCE) {
            return false;
        }
        int entry = fn.cached(k, Imm.index(Instances.classPayload(vm.mem, object)));
        if (entry < 0 || !TypeCheck.acceptsByKind((byte) (entry >>> FIELD_BITS), t[slot + 1], p[slot + 1], vm.mem)) {
            return false;
        }
        Instances.setField(vm.mut, object, entry & FIELD_MASK, t[slot + 1], p[slot + 1]);
        return true;
    }

    static void set(Vm vm, Fn fn, int pc, boolean ic, int slot) {
        byte[] code = fn.code;
        ValueStack st = vm.st;
        byte t = st.t[slot];
        long p = st.p[slot];
        if (!vm.isInstance(t, p)) {
            throw new RunaException("AttributeError", "cannot set " + name(fn, code, pc) + " on " + vm.aTypeName(t, p));
        }
        ClassInfo cls = vm.classes.get(Imm.index(Instances.classPayload(vm.mem, p)));
        int entry = ic ? fn.cached(u16(code, pc + 3), cls.index) : -1;
        int field = entry & FIELD_MASK;
        if (entry < 0) {
            String name = name(fn, code, pc);
            Integer f = cls.fieldIndex.get(name);
            if (f == null) {
                throw new RunaException("AttributeError", cls.name + " has no field " + name);
            }
            field = f;
            if (ic && field <= FIELD_MASK) {
                ClassInfo.FieldType declared = cls.fieldType(field);
                byte kind = declared == null ? TypeCheck.ANY : declared.program().checkKinds[declared.typeId()];
                fn.cache(u16(code, pc + 3), cls.index, field | kind << FIELD_BITS);
            }
        }
        ClassInfo.FieldType type = cls.fieldType(field);
        if (type != null && !TypeCheck.matches(vm, type.program(), type.typeId(), st.t[slot + 1], st.p[slot + 1])) {
            // annotations hold on every assignment (language.md §2), also through another reference
            throw TypeCheck.mismatch(vm, type.program(), type.typeId(), type.name(), st.t[slot + 1], st.p[slot + 1]);
        }
        Instances.setField(vm.mut, p, field, st.t[slot + 1], st.p[slot + 1]);
    }

    /** The field name the instruction at {@code pc} names (only on a cache miss or an error: it is a look-up). */
    private static String name(Fn fn, byte[] code, int pc) {
        return fn.program.image.text(u16(code, pc + 1));
    }
}
