package org.runavm.engine.interpreter.internal;

import org.runavm.kernel.heap.Mutator;
import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.heap.Slots;
import org.runavm.kernel.heap.objects.HashTables;
import org.runavm.kernel.heap.objects.Instances;
import org.runavm.kernel.heap.objects.Lists;
import org.runavm.kernel.heap.objects.Texts;
import org.runavm.kernel.value.Tag;
import org.runavm.kernel.value.Values;

/**
 * Text forms, as Display and {@code +} use them (language.md §12): Decimals as Java's
 * {@code Double.toString}, Texts quoted inside collections, instances through their {@code to_text()}
 * or as {@code Person(name: "Ann", age: 30)}, errors as {@code TYPE: MESSAGE}.
 *
 * <p>{@code to_text()} is Runa code, which may allocate and so move objects: a container being
 * printed is held in a mutator local root and re-read after each element.
 */
final class TextForm {
    private TextForm() {
    }

    /** The form of a value inside a collection or a message (Texts quoted). */
    static String formOf(Vm vm, byte tag, long payload) {
        StringBuilder out = new StringBuilder();
        form(vm, tag, payload, true, out, 0);
        return out.toString();
    }

    /** The text form of a value (a Text is itself, unquoted). */
    static String plain(Vm vm, byte tag, long payload) {
        StringBuilder out = new StringBuilder();
        form(vm, tag, payload, false, out, 0);
        return out.toString();
    }

    static void form(Vm vm, byte tag, long payload, boolean quoted, StringBuilder out, int depth) {
        if (depth > 64) {
            out.append("...");
            return;
        }
        switch (tag) {
            case Tag.NULL, Tag.EMPTY -> out.append("null");
            case Tag.BOOLEAN -> out.append(Values.bool(payload));
            case Tag.INTEGER -> out.append(payload);
            case Tag.DECIMAL -> out.append(Double.toString(Values.decimal(payload)));
            case Tag.IMMEDIATE -> immediate(vm, payload, out);
            default -> object(vm, payload, quoted, out, depth);
        }
    }

    private static void immediate(Vm vm, long payload, StringBuilder out) {
        switch (Imm.kind(payload)) {
            case Imm.FUNCTION -> out.append("<process ").append(vm.fns.get(Imm.index(payload)).name).append('>');
            case Imm.NATIVE -> out.append("<process ").append(vm.natives.get(Imm.index(payload)).name()).append('>');
            case Imm.CLASS -> out.append(vm.classes.get(Imm.index(payload)).name);
            case Imm.MODULE -> out.append("<module ").append(vm.modules.get(Imm.index(payload)).name()).append('>');
            default -> out.append(vm.objects.get(Imm.index(payload)).toText());
        }
    }

    private static void object(Vm vm, long ref, boolean quoted, StringBuilder out, int depth) {
        Mutator mut = vm.mut;
        int shape = Slots.shape(vm.mem, ref);
        switch (shape) {
            case Shapes.TEXT_LATIN1, Shapes.TEXT_UTF32 -> {
                String s = Texts.toJavaString(vm.mem, ref);
                if (quoted) {
                    out.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
                } else {
                    out.append(s);
                }
            }
            case Shapes.LIST, Shapes.TUPLE -> {
                boolean list = shape == Shapes.LIST;
                out.append(list ? '[' : '(');
                int mark = mut.localsMark();
                int root = mut.pushLocal(ref);
                long n = list ? Lists.size(vm.mem, ref) : Slots.length(vm.mem, ref);
                for (long i = 0; i < n; i++) {
                    long c = mut.local(root);
                    if (list && i >= Lists.size(vm.mem, c)) {
                        break;
                    }
                    if (i > 0) {
                        out.append(", ");
                    }
                    byte et = list ? Lists.tag(vm.mem, c, i) : Slots.tag(vm.mem, c, i);
                    long ep = list ? Lists.payload(vm.mem, c, i) : Slots.payload(vm.mem, c, i);
                    form(vm, et, ep, true, out, depth + 1);
                }
                mut.popLocals(mark);
                out.append(list ? ']' : ')');
            }
            case Shapes.MAP, Shapes.SET -> {
                boolean map = shape == Shapes.MAP;
                out.append(map ? "{" : "Set{");
                int mark = mut.localsMark();
                int root = mut.pushLocal(ref);
                boolean first = true;
                for (long e = 0; e < HashTables.entryLimit(vm.mem, mut.local(root)); e++) {
                    long c = mut.local(root);
                    if (!HashTables.isLive(vm.mem, c, e)) {
                        continue;
                    }
                    if (!first) {
                        out.append(", ");
                    }
                    first = false;
                    form(vm, HashTables.keyTag(vm.mem, c, e), HashTables.keyPayload(vm.mem, c, e), true, out, depth + 1);
                    if (map) {
                        out.append(": ");
                        c = mut.local(root);
                        form(vm, HashTables.valueTag(vm.mem, c, e), HashTables.valuePayload(vm.mem, c, e), true, out,
                                depth + 1);
                    }
                }
                mut.popLocals(mark);
                out.append('}');
            }
            case Shapes.INSTANCE -> instance(vm, ref, out, depth);
            case Shapes.CLOSURE -> out.append("<process ")
                    .append(vm.fns.get(Imm.index(Slots.payload(vm.mem, ref, 0))).name).append('>');
            case EngineShapes.BOUND_METHOD -> out.append("<bound method>");
            case EngineShapes.GENERATOR -> out.append("<generator>");
            case EngineShapes.POINTER -> out.append(Pointers.text(Pointers.address(vm, ref)));
            case Shapes.BYTES -> {
                out.append("Bytes[");
                long n = org.runavm.kernel.heap.objects.ByteArrays.length(vm.mem, ref);
                for (long i = 0; i < n; i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    out.append(org.runavm.kernel.heap.objects.ByteArrays.get(vm.mem, ref, i));
                }
                out.append(']');
            }
            default -> out.append('<').append(Shapes.name(shape)).append('>');
        }
    }

    private static void instance(Vm vm, long ref, StringBuilder out, int depth) {
        ClassInfo cls = vm.classOf(Tag.REF, ref);
        if (cls.methods.containsKey("to_text")) {
            ValueStack st = vm.st;
            int at = st.sp;
            st.push(Tag.REF, ref);
            vm.interp.calls().callMethodNested("to_text", at, 0);
            byte rt = st.t[at];
            long rp = st.p[at];
            st.sp = at;
            form(vm, rt, rp, false, out, depth + 1);
            return;
        }
        if (vm.types.isError(cls)) {
            out.append(cls.name).append(": ").append(vm.errorMessage(Tag.REF, ref));
            return;
        }
        Mutator mut = vm.mut;
        int mark = mut.localsMark();
        int root = mut.pushLocal(ref);
        out.append(cls.name).append('(');
        for (int i = 0; i < cls.fields.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            long c = mut.local(root);
            out.append(cls.fields.get(i)).append(": ");
            form(vm, Instances.fieldTag(vm.mem, c, i), Instances.fieldPayload(vm.mem, c, i), true, out, depth + 1);
        }
        mut.popLocals(mark);
        out.append(')');
    }

    /** CONCAT: joins the text forms of the {@code n} values below {@code sp} into one Text at {@code sp - n}. */
    static void concat(Vm vm, int n, int sp) {
        ValueStack st = vm.st;
        StringBuilder out = new StringBuilder();
        for (int i = sp - n; i < sp; i++) {
            form(vm, st.t[i], st.p[i], false, out, 0);
        }
        long text = vm.text(out.toString());
        st.t[sp - n] = Tag.REF;
        st.p[sp - n] = text;
    }

    static int compareTexts(Vm vm, long a, long b) {
        long la = Texts.length(vm.mem, a);
        long lb = Texts.length(vm.mem, b);
        for (long i = 0; i < Math.min(la, lb); i++) {
            int c = Integer.compare(Texts.codePointAt(vm.mem, a, i), Texts.codePointAt(vm.mem, b, i));
            if (c != 0) {
                return c;
            }
        }
        return Long.compare(la, lb);
    }
}
