package org.runavm.engine.interpreter.internal;

import java.util.ArrayList;
import java.util.List;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.heap.Slots;
import org.runavm.kernel.heap.objects.Closures;
import org.runavm.kernel.heap.objects.HashTables;
import org.runavm.kernel.heap.objects.Lists;
import org.runavm.kernel.module.RunaTuple;
import org.runavm.kernel.value.Tag;
import org.runavm.kernel.value.Values;

/**
 * Methods of built-in values (language.md §12 and §11): Text, List, Map, Set, numbers, Types and
 * processes, and {@code to_text()} on anything. The receiver is in {@code slot}, the arguments above
 * it; the result replaces the receiver. Methods that call back into Runa (map, filter, reduce, sort
 * with a key) re-read the receiver from its slot after every call, since a call may move it.
 */
final class ValueMethods {
    private ValueMethods() {
    }

    static void call(Vm vm, String name, int slot, int argc) {
        ValueStack st = vm.st;
        byte t = st.t[slot];
        long p = st.p[slot];
        if (name.equals("to_text") && argc == 0) {
            result(vm, slot, TextForm.plain(vm, t, p));
            return;
        }
        int shape = t == Tag.REF ? Slots.shape(vm.mem, p) : -1;
        switch (shape) {
            case Shapes.TEXT_LATIN1, Shapes.TEXT_UTF32 -> TextMethods.call(vm, name, slot, argc);
            case Shapes.LIST -> list(vm, name, slot, argc);
            case Shapes.MAP -> map(vm, name, slot, argc);
            case Shapes.SET -> set(vm, name, slot, argc);
            case EngineShapes.POINTER -> Pointers.call(vm, name, slot, argc);
            case Shapes.BYTES -> BytesMethods.call(vm, name, slot, argc);
            default -> other(vm, name, slot, argc, t, p);
        }
    }

    static void result(Vm vm, int slot, Object value) {
        ValueStack st = vm.st;
        int at = st.sp;
        JavaValues.push(vm, value);
        st.t[slot] = st.t[at];
        st.p[slot] = st.p[at];
    }

    static void scalar(Vm vm, int slot, byte tag, long payload) {
        vm.st.t[slot] = tag;
        vm.st.p[slot] = payload;
    }

    static RunaException noMethod(Vm vm, String name, byte t, long p) {
        return new RunaException("AttributeError", vm.aTypeName(t, p) + " has no method " + name);
    }

    static void arity(String name, int argc, int min, int max) {
        if (argc < min || argc > max) {
            throw RunaException.typeError(name + " takes " + (min == max ? "" + min : min + " to " + max)
                    + " argument" + (max == 1 ? "" : "s") + ", got " + argc);
        }
    }

    private static long index(Vm vm, int slot) {
        ValueStack st = vm.st;
        if (st.t[slot] != Tag.INTEGER) {
            throw RunaException.typeError("an index must be an Integer, not " + vm.aTypeName(st.t[slot], st.p[slot]));
        }
        return st.p[slot];
    }

    private static void list(Vm vm, String name, int slot, int argc) {
        ValueStack st = vm.st;
        long list = st.p[slot];
        long size = Lists.size(vm.mem, list);
        switch (name) {
            case "add", "append" -> {
                arity(name, argc, 1, 1);
                Lists.add(vm.mut, list, st.t[slot + 1], st.p[slot + 1]);
                scalar(vm, slot, Tag.NULL, 0);
            }
            case "insert" -> {
                arity(name, argc, 2, 2);
                long i = index(vm, slot + 1);
                if (i < 0 || i > size) {
                    throw Collections.indexError(i, size);
                }
                Lists.insert(vm.mut, list, i, st.t[slot + 2], st.p[slot + 2]);
                scalar(vm, slot, Tag.NULL, 0);
            }
            case "remove_at", "pop" -> {
                arity(name, argc, name.equals("pop") ? 0 : 1, 1);
                long i = argc == 0 ? size - 1 : index(vm, slot + 1);
                if (i < 0 || i >= size) {
                    throw Collections.indexError(i, size);
                }
                byte et = Lists.tag(vm.mem, list, i);
                long ep = Lists.payload(vm.mem, list, i);
                Lists.removeAt(vm.mut, list, i);
                scalar(vm, slot, et, ep);
            }
            case "remove" -> {
                arity(name, argc, 1, 1);
                long i = Collections.indexOf(vm, slot, slot + 1);
                if (i >= 0) {
                    Lists.removeAt(vm.mut, st.p[slot], i);
                }
                scalar(vm, slot, Tag.BOOLEAN, i >= 0 ? 1 : 0);
            }
            case "get" -> {
                arity(name, argc, 1, 1);
                long i = index(vm, slot + 1);
                if (i < 0 || i >= size) {
                    throw Collections.indexError(i, size);
                }
                scalar(vm, slot, Lists.tag(vm.mem, list, i), Lists.payload(vm.mem, list, i));
            }
            case "set" -> {
                arity(name, argc, 2, 2);
                long i = index(vm, slot + 1);
                if (i < 0 || i >= size) {
                    throw Collections.indexError(i, size);
                }
                Lists.set(vm.mut, list, i, st.t[slot + 2], st.p[slot + 2]);
                scalar(vm, slot, Tag.NULL, 0);
            }
            case "length" -> scalar(vm, slot, Tag.INTEGER, size);
            case "is_empty" -> scalar(vm, slot, Tag.BOOLEAN, size == 0 ? 1 : 0);
            case "contains" -> {
                arity(name, argc, 1, 1);
                scalar(vm, slot, Tag.BOOLEAN, Collections.indexOf(vm, slot, slot + 1) >= 0 ? 1 : 0);
            }
            case "index_of" -> {
                arity(name, argc, 1, 1);
                scalar(vm, slot, Tag.INTEGER, Collections.indexOf(vm, slot, slot + 1));
            }
            case "first", "last" -> {
                if (size == 0) {
                    throw RunaException.indexError(name + "() of an empty List");
                }
                long i = name.equals("first") ? 0 : size - 1;
                scalar(vm, slot, Lists.tag(vm.mem, list, i), Lists.payload(vm.mem, list, i));
            }
            case "clear" -> {
                Lists.clear(vm.mut, list);
                scalar(vm, slot, Tag.NULL, 0);
            }
            case "sum", "min", "max" -> aggregate(vm, name, slot, size);
            case "join" -> {
                String sep = argc > 0 ? TextForm.plain(vm, st.t[slot + 1], st.p[slot + 1]) : "";
                StringBuilder out = new StringBuilder();
                for (long i = 0; i < Lists.size(vm.mem, st.p[slot]); i++) {
                    if (i > 0) {
                        out.append(sep);
                    }
                    long l = st.p[slot];
                    out.append(TextForm.plain(vm, Lists.tag(vm.mem, l, i), Lists.payload(vm.mem, l, i)));
                }
                result(vm, slot, out.toString());
            }
            case "copy", "slice", "reverse", "sorted", "sort" -> ListOps.reshape(vm, name, slot, argc);
            case "map", "filter", "reduce" -> ListOps.functional(vm, name, slot, argc);
            default -> throw noMethod(vm, name, Tag.REF, list);
        }
    }

    private static void aggregate(Vm vm, String name, int slot, long size) {
        ValueStack st = vm.st;
        long list = st.p[slot];
        if (size == 0) {
            if (name.equals("sum")) {
                scalar(vm, slot, Tag.INTEGER, 0);
                return;
            }
            throw RunaException.valueError(name + "() of an empty List");
        }
        byte bt = Lists.tag(vm.mem, list, 0);
        long bp = Lists.payload(vm.mem, list, 0);
        for (long i = 1; i < size; i++) {
            byte et = Lists.tag(vm.mem, list, i);
            long ep = Lists.payload(vm.mem, list, i);
            if (name.equals("sum")) {
                if (!Tag.isNumber(bt) || !Tag.isNumber(et)) {
                    throw RunaException.typeError("sum() needs numbers");
                }
                if (bt == Tag.INTEGER && et == Tag.INTEGER) {
                    bp = Math.addExact(bp, ep);
                } else {
                    bp = Values.decimalBits(Values.asDouble(bt, bp) + Values.asDouble(et, ep));
                    bt = Tag.DECIMAL;
                }
            } else {
                int c = Arith.compare(vm, et, ep, bt, bp, Op.LT);
                if (name.equals("min") ? c < 0 : c > 0 && c != 2) {
                    bt = et;
                    bp = ep;
                }
            }
        }
        if (name.equals("sum") && !Tag.isNumber(bt)) {
            throw RunaException.typeError("sum() needs numbers");
        }
        scalar(vm, slot, bt, bp);
    }

    private static void map(Vm vm, String name, int slot, int argc) {
        ValueStack st = vm.st;
        if (argc > 0) {
            InstanceKeys.canonicalize(vm, slot, slot + 1);
        }
        long map = st.p[slot];
        switch (name) {
            case "get" -> {
                arity(name, argc, 1, 2);
                long e = HashTables.find(vm.mem, map, st.t[slot + 1], st.p[slot + 1]);
                if (e >= 0) {
                    scalar(vm, slot, HashTables.valueTag(vm.mem, map, e), HashTables.valuePayload(vm.mem, map, e));
                } else if (argc == 2) {
                    scalar(vm, slot, st.t[slot + 2], st.p[slot + 2]);
                } else {
                    scalar(vm, slot, Tag.NULL, 0);
                }
            }
            case "put" -> {
                arity(name, argc, 2, 2);
                HashTables.put(vm.mut, map, st.t[slot + 1], st.p[slot + 1], st.t[slot + 2], st.p[slot + 2]);
                scalar(vm, slot, Tag.NULL, 0);
            }
            case "contains_key", "contains" -> {
                arity(name, argc, 1, 1);
                scalar(vm, slot, Tag.BOOLEAN, HashTables.find(vm.mem, map, st.t[slot + 1], st.p[slot + 1]) >= 0 ? 1 : 0);
            }
            case "remove" -> {
                arity(name, argc, 1, 1);
                long e = HashTables.find(vm.mem, map, st.t[slot + 1], st.p[slot + 1]);
                byte vt = e >= 0 ? HashTables.valueTag(vm.mem, map, e) : Tag.NULL;
                long vp = e >= 0 ? HashTables.valuePayload(vm.mem, map, e) : 0;
                HashTables.remove(vm.mut, map, st.t[slot + 1], st.p[slot + 1]);
                scalar(vm, slot, vt, vp);
            }
            case "length" -> scalar(vm, slot, Tag.INTEGER, HashTables.count(vm.mem, map));
            case "is_empty" -> scalar(vm, slot, Tag.BOOLEAN, HashTables.count(vm.mem, map) == 0 ? 1 : 0);
            case "keys", "values", "entries" -> {
                List<Object> out = new ArrayList<>();
                for (long e = 0; e < HashTables.entryLimit(vm.mem, map); e++) {
                    if (HashTables.isLive(vm.mem, map, e)) {
                        Object k = JavaValues.toJava(vm, HashTables.keyTag(vm.mem, map, e), HashTables.keyPayload(vm.mem, map, e));
                        Object v = JavaValues.toJava(vm, HashTables.valueTag(vm.mem, map, e),
                                HashTables.valuePayload(vm.mem, map, e));
                        out.add(name.equals("keys") ? k : name.equals("values") ? v : RunaTuple.of(k, v));
                    }
                }
                result(vm, slot, out);
            }
            default -> throw noMethod(vm, name, Tag.REF, map);
        }
    }

    private static void set(Vm vm, String name, int slot, int argc) {
        ValueStack st = vm.st;
        if (argc == 1 && (name.equals("add") || name.equals("remove") || name.equals("contains"))) {
            InstanceKeys.canonicalize(vm, slot, slot + 1);
        }
        long set = st.p[slot];
        switch (name) {
            case "add" -> {
                arity(name, argc, 1, 1);
                HashTables.put(vm.mut, set, st.t[slot + 1], st.p[slot + 1], Tag.EMPTY, 0);
                scalar(vm, slot, Tag.NULL, 0);
            }
            case "remove" -> {
                arity(name, argc, 1, 1);
                scalar(vm, slot, Tag.BOOLEAN, HashTables.remove(vm.mut, set, st.t[slot + 1], st.p[slot + 1]) ? 1 : 0);
            }
            case "contains" -> {
                arity(name, argc, 1, 1);
                scalar(vm, slot, Tag.BOOLEAN, HashTables.find(vm.mem, set, st.t[slot + 1], st.p[slot + 1]) >= 0 ? 1 : 0);
            }
            case "length" -> scalar(vm, slot, Tag.INTEGER, HashTables.count(vm.mem, set));
            case "is_empty" -> scalar(vm, slot, Tag.BOOLEAN, HashTables.count(vm.mem, set) == 0 ? 1 : 0);
            case "union", "intersection", "difference" -> {
                arity(name, argc, 1, 1);
                @SuppressWarnings("unchecked")
                java.util.Set<Object> a = (java.util.Set<Object>) JavaValues.toJava(vm, st.t[slot], st.p[slot]);
                Object other = JavaValues.toJava(vm, st.t[slot + 1], st.p[slot + 1]);
                if (!(other instanceof java.util.Set<?> b)) {
                    throw RunaException.typeError(name + " needs a Set");
                }
                switch (name) {
                    case "union" -> a.addAll(b);
                    case "intersection" -> a.retainAll(b);
                    default -> a.removeAll(b);
                }
                result(vm, slot, a);
            }
            default -> throw noMethod(vm, name, Tag.REF, set);
        }
    }

    private static void other(Vm vm, String name, int slot, int argc, byte t, long p) {
        if (Tag.isNumber(t)) {
            NumberMethods.call(vm, name, slot, argc, t, p);
            return;
        }
        if (t == Tag.IMMEDIATE && Imm.kind(p) == Imm.CLASS) {
            typeMethod(vm, vm.classes.get(Imm.index(p)), name, slot, argc);
            return;
        }
        Fn fn = function(vm, t, p);
        if (fn != null && name.equals("parameters")) {
            List<Object> out = new ArrayList<>();
            for (FunctionInfo.Parameter param : fn.info.parameters()) {
                String type = param.typeId() < 0 ? "Any" : TypeCheck.describe(fn.program, param.typeId());
                out.add(RunaTuple.of(param.name(), type));
            }
            result(vm, slot, out);
            return;
        }
        throw noMethod(vm, name, t, p);
    }

    private static void typeMethod(Vm vm, ClassInfo cls, String name, int slot, int argc) {
        vm.linked(cls);
        switch (name) {
            case "fields" -> result(vm, slot, new ArrayList<>(cls.fields));
            case "methods" -> result(vm, slot, cls.allMethodNames());
            case "parent" -> {
                if (cls.parent == null) {
                    scalar(vm, slot, Tag.NULL, 0);
                } else {
                    scalar(vm, slot, Tag.IMMEDIATE, Imm.of(Imm.CLASS, cls.parent.index));
                }
            }
            case "spawn" -> {
                if (cls.builtin != ClassInfo.USER || vm.types.isError(cls)) {
                    throw new RunaException("AttributeError", cls.name + " cannot be spawned as an actor");
                }
                arity(name, argc, 0, 0);
                scalar(vm, slot, Tag.IMMEDIATE, Actors.spawn(vm, cls));
            }
            case "from_c_string" -> {
                if (cls.builtin != BuiltinTypes.TEXT) {
                    throw new RunaException("AttributeError", cls.name + " has no method " + name);
                }
                arity(name, argc, 1, 1);
                result(vm, slot, Pointers.fromCString(vm, Pointers.argument(vm, slot + 1, "Text.from_c_string"),
                        "from_c_string"));
            }
            case "null" -> {
                if (cls.builtin != BuiltinTypes.POINTER) {
                    throw new RunaException("AttributeError", cls.name + " has no method " + name);
                }
                arity(name, argc, 0, 0);
                scalar(vm, slot, Tag.REF, Pointers.allocate(vm, 0, 0));
            }
            case "from_code_point" -> {
                if (cls.builtin != BuiltinTypes.TEXT) {
                    throw new RunaException("AttributeError", cls.name + " has no method " + name);
                }
                arity(name, argc, 1, 1);
                long cp = index(vm, slot + 1);
                if (cp < 0 || cp > Character.MAX_CODE_POINT) {
                    throw RunaException.valueError(cp + " is not a Unicode code point");
                }
                result(vm, slot, new String(Character.toChars((int) cp)));
            }
            default -> throw new RunaException("AttributeError", "the Type " + cls.name + " has no method " + name);
        }
    }

    /** The Runa function a value denotes, or null (natives and non-functions). */
    static Fn function(Vm vm, byte t, long p) {
        if (t == Tag.IMMEDIATE && Imm.kind(p) == Imm.FUNCTION) {
            return vm.fns.get(Imm.index(p));
        }
        if (t == Tag.REF && Slots.shape(vm.mem, p) == Shapes.CLOSURE) {
            return vm.fns.get(Imm.index(Closures.functionPayload(vm.mem, p)));
        }
        return null;
    }
}
