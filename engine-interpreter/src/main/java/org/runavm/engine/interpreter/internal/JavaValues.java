package org.runavm.engine.interpreter.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.heap.Slots;
import org.runavm.kernel.heap.objects.ByteArrays;
import org.runavm.kernel.heap.objects.HashTables;
import org.runavm.kernel.heap.objects.Lists;
import org.runavm.kernel.heap.objects.Tuples;
import org.runavm.kernel.module.NativeObject;
import org.runavm.kernel.module.RunaTuple;
import org.runavm.kernel.module.ValueRef;
import org.runavm.kernel.value.Tag;
import org.runavm.kernel.value.Values;

/**
 * Conversion between Runa values and Java values for native modules ({@link org.runavm.kernel.module.NativeCall}'s
 * table). Converting to Runa pushes the result on the value stack, so that every object built on the
 * way stays rooted while the next one is allocated.
 */
final class JavaValues {
    private JavaValues() {
    }

    /** A value reference valid during one native call: the value stays in a stack slot. */
    record Ref(int slot, String typeName) implements ValueRef {
    }

    static Object toJava(Vm vm, byte t, long p) {
        switch (t) {
            case Tag.NULL, Tag.EMPTY -> {
                return null;
            }
            case Tag.INTEGER -> {
                return p;
            }
            case Tag.DECIMAL -> {
                return Values.decimal(p);
            }
            case Tag.BOOLEAN -> {
                return p != 0;
            }
            case Tag.IMMEDIATE -> {
                if (Imm.kind(p) == Imm.OBJECT) {
                    return vm.objects.get(Imm.index(p));
                }
                return ref(vm, t, p);
            }
            default -> {
            }
        }
        switch (Slots.shape(vm.mem, p)) {
            case Shapes.TEXT_LATIN1, Shapes.TEXT_UTF32 -> {
                return vm.str(p);
            }
            case Shapes.LIST -> {
                List<Object> out = new ArrayList<>();
                for (long i = 0; i < Lists.size(vm.mem, p); i++) {
                    out.add(toJava(vm, Lists.tag(vm.mem, p, i), Lists.payload(vm.mem, p, i)));
                }
                return out;
            }
            case Shapes.TUPLE -> {
                List<Object> out = new ArrayList<>();
                for (long i = 0; i < Tuples.size(vm.mem, p); i++) {
                    out.add(toJava(vm, Tuples.tag(vm.mem, p, i), Tuples.payload(vm.mem, p, i)));
                }
                return new RunaTuple(out);
            }
            case Shapes.MAP -> {
                Map<Object, Object> out = new LinkedHashMap<>();
                for (long e = 0; e < HashTables.entryLimit(vm.mem, p); e++) {
                    if (HashTables.isLive(vm.mem, p, e)) {
                        out.put(toJava(vm, HashTables.keyTag(vm.mem, p, e), HashTables.keyPayload(vm.mem, p, e)),
                                toJava(vm, HashTables.valueTag(vm.mem, p, e), HashTables.valuePayload(vm.mem, p, e)));
                    }
                }
                return out;
            }
            case Shapes.SET -> {
                LinkedHashSet<Object> out = new LinkedHashSet<>();
                for (long e = 0; e < HashTables.entryLimit(vm.mem, p); e++) {
                    if (HashTables.isLive(vm.mem, p, e)) {
                        out.add(toJava(vm, HashTables.keyTag(vm.mem, p, e), HashTables.keyPayload(vm.mem, p, e)));
                    }
                }
                return out;
            }
            case Shapes.BYTES -> {
                return ByteArrays.toByteArray(vm.mem, p);
            }
            default -> {
                return ref(vm, t, p);
            }
        }
    }

    private static Ref ref(Vm vm, byte t, long p) {
        String type = vm.typeName(t, p);
        vm.st.push(t, p);
        return new Ref(vm.st.sp - 1, type);
    }

    /** Pushes the Runa form of {@code value}. A safepoint. */
    static void push(Vm vm, Object value) {
        ValueStack st = vm.st;
        switch (value) {
            case null -> st.push(Tag.NULL, 0);
            case Long l -> st.push(Tag.INTEGER, l);
            case Integer i -> st.push(Tag.INTEGER, i);
            case Short s -> st.push(Tag.INTEGER, s);
            case Byte b -> st.push(Tag.INTEGER, b);
            case Double d -> st.push(Tag.DECIMAL, Values.decimalBits(d));
            case Float f -> st.push(Tag.DECIMAL, Values.decimalBits(f));
            case Boolean b -> st.push(Tag.BOOLEAN, b ? 1 : 0);
            case String s -> st.push(Tag.REF, vm.text(s));
            case CharSequence s -> st.push(Tag.REF, vm.text(s.toString()));
            case byte[] bytes -> st.push(Tag.REF, ByteArrays.allocate(vm.mut, bytes));
            case Ref r -> st.push(st.t[r.slot()], st.p[r.slot()]);
            case NativeObject o -> st.push(Tag.IMMEDIATE, vm.objectValue(o));
            case Pointers.Value ptr -> st.push(Tag.REF, Pointers.allocate(vm, ptr.address(), ptr.block()));
            case RunaTuple tuple -> {
                for (Object e : tuple.elements()) {
                    push(vm, e);
                }
                Collections.build(vm, Op.NEW_TUPLE, tuple.elements().size(), st.sp);
            }
            case Map<?, ?> map -> {
                int slot = st.sp;
                st.push(Tag.REF, HashTables.allocateMap(vm.mut));
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    push(vm, e.getKey());
                    push(vm, e.getValue());
                    st.p[slot] = HashTables.put(vm.mut, st.p[slot], st.t[slot + 1], st.p[slot + 1], st.t[slot + 2],
                            st.p[slot + 2]);
                    st.sp = slot + 1;
                }
            }
            case java.util.Set<?> set -> {
                int slot = st.sp;
                st.push(Tag.REF, HashTables.allocateSet(vm.mut));
                for (Object e : set) {
                    push(vm, e);
                    st.p[slot] = HashTables.put(vm.mut, st.p[slot], st.t[slot + 1], st.p[slot + 1], Tag.EMPTY, 0);
                    st.sp = slot + 1;
                }
            }
            case Collection<?> list -> {
                int slot = st.sp;
                st.push(Tag.REF, Lists.allocate(vm.mut, list.size()));
                for (Object e : list) {
                    push(vm, e);
                    st.p[slot] = Lists.add(vm.mut, st.p[slot], st.t[slot + 1], st.p[slot + 1]);
                    st.sp = slot + 1;
                }
            }
            default -> throw RunaException.typeError("a native function returned a " + value.getClass().getSimpleName()
                    + ", which has no Runa form");
        }
    }
}
