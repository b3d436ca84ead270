package org.runavm.engine.interpreter.internal;

import java.util.ArrayList;
import java.util.List;
import org.runavm.kernel.heap.objects.Texts;
import org.runavm.kernel.value.Tag;
import org.runavm.kernel.value.Values;

/** Methods of Text (language.md §12), on Java strings indexed by code point. */
final class TextMethods {
    private TextMethods() {
    }

    static void call(Vm vm, String name, int slot, int argc) {
        if (callIndexed(vm, name, slot, argc)) {
            return;
        }
        ValueStack st = vm.st;
        String s = vm.str(st.p[slot]);
        switch (name) {
            case "upper" -> ValueMethods.result(vm, slot, s.toUpperCase(java.util.Locale.ROOT));
            case "lower" -> ValueMethods.result(vm, slot, s.toLowerCase(java.util.Locale.ROOT));
            case "trim" -> ValueMethods.result(vm, slot, s.strip());
            case "split" -> {
                String sep = argc > 0 ? text(vm, slot + 1, name) : " ";
                List<String> parts = new ArrayList<>();
                if (sep.isEmpty()) {
                    for (int cp : s.codePoints().toArray()) {
                        parts.add(new String(Character.toChars(cp)));
                    }
                } else {
                    int from = 0;
                    for (int at = s.indexOf(sep); at >= 0; at = s.indexOf(sep, from)) {
                        parts.add(s.substring(from, at));
                        from = at + sep.length();
                    }
                    parts.add(s.substring(from));
                }
                ValueMethods.result(vm, slot, parts);
            }
            case "contains" -> bool(vm, slot, s.contains(text(vm, slot + 1, name)));
            case "starts_with" -> bool(vm, slot, s.startsWith(text(vm, slot + 1, name)));
            case "ends_with" -> bool(vm, slot, s.endsWith(text(vm, slot + 1, name)));
            case "index_of" -> {
                int at = s.indexOf(text(vm, slot + 1, name));
                ValueMethods.scalar(vm, slot, Tag.INTEGER, at < 0 ? -1 : s.codePointCount(0, at));
            }
            case "replace" -> ValueMethods.result(vm, slot, s.replace(text(vm, slot + 1, name), text(vm, slot + 2, name)));
            case "chars" -> {
                List<String> out = new ArrayList<>();
                for (int cp : s.codePoints().toArray()) {
                    out.add(new String(Character.toChars(cp)));
                }
                ValueMethods.result(vm, slot, out);
            }
            case "lines" -> ValueMethods.result(vm, slot, new ArrayList<>(s.lines().toList()));
            case "repeat" -> {
                long n = integer(vm, slot + 1);
                if (n < 0) {
                    throw RunaException.valueError("repeat count must not be negative");
                }
                ValueMethods.result(vm, slot, s.repeat((int) n));
            }
            case "to_integer" -> {
                try {
                    ValueMethods.scalar(vm, slot, Tag.INTEGER, Long.parseLong(s.strip().replace("_", "")));
                } catch (NumberFormatException e) {
                    throw RunaException.valueError("\"" + s + "\" is not an Integer");
                }
            }
            case "to_decimal" -> {
                try {
                    ValueMethods.scalar(vm, slot, Tag.DECIMAL, Values.decimalBits(Double.parseDouble(s.strip())));
                } catch (NumberFormatException e) {
                    throw RunaException.valueError("\"" + s + "\" is not a Decimal");
                }
            }
            case "to_c_string" -> {
                ValueMethods.arity(name, argc, 0, 0);
                ValueMethods.result(vm, slot, Pointers.toCString(vm, s));
            }
            default -> throw ValueMethods.noMethod(vm, name, st.t[slot], st.p[slot]);
        }
    }

    /**
     * The methods that need only the Text's length or a few of its code points, read from the heap
     * Text itself, whose code points have a fixed width: O(1) for length, is_empty and code_point,
     * O(end - start) for substring, where converting the whole Text first would cost its length on
     * every call (a parser calling substring and length once per character would be quadratic).
     * Returns false for every other method.
     */
    private static boolean callIndexed(Vm vm, String name, int slot, int argc) {
        ValueStack st = vm.st;
        long text = st.p[slot];
        switch (name) {
            case "length" -> ValueMethods.scalar(vm, slot, Tag.INTEGER, Texts.length(vm.mem, text));
            case "is_empty" -> bool(vm, slot, Texts.length(vm.mem, text) == 0);
            case "substring" -> {
                ValueMethods.arity(name, argc, 1, 2);
                long length = Texts.length(vm.mem, text);
                long start = integer(vm, slot + 1);
                long end = argc > 1 ? integer(vm, slot + 2) : length;
                if (start < 0 || end > length || start > end) {
                    throw RunaException.indexError("substring(" + start + ", " + end + ") is out of range for a Text of length "
                            + length);
                }
                int[] cps = new int[(int) (end - start)];
                for (int i = 0; i < cps.length; i++) {
                    cps[i] = Texts.codePointAt(vm.mem, text, start + i);
                }
                long result = Texts.allocate(vm.mut, cps); // a safepoint: text is stale from here
                ValueMethods.scalar(vm, slot, Tag.REF, result);
            }
            case "code_point" -> {
                long length = Texts.length(vm.mem, text);
                long i = argc > 0 ? integer(vm, slot + 1) : 0;
                if (i < 0 || i >= length) {
                    throw Collections.indexError(i, length);
                }
                ValueMethods.scalar(vm, slot, Tag.INTEGER, Texts.codePointAt(vm.mem, text, i));
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void bool(Vm vm, int slot, boolean b) {
        ValueMethods.scalar(vm, slot, Tag.BOOLEAN, b ? 1 : 0);
    }

    private static String text(Vm vm, int slot, String method) {
        ValueStack st = vm.st;
        if (slot >= st.sp || !vm.isText(st.t[slot], st.p[slot])) {
            throw RunaException.typeError(method + " needs a Text argument");
        }
        return vm.str(st.p[slot]);
    }

    private static long integer(Vm vm, int slot) {
        ValueStack st = vm.st;
        if (slot >= st.sp || st.t[slot] != Tag.INTEGER) {
            throw RunaException.typeError("an Integer argument is needed");
        }
        return st.p[slot];
    }
}
