package org.runavm.stdlib.text.internal;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.runavm.kernel.module.NativeError;
import org.runavm.kernel.module.NativeObject;
import org.runavm.kernel.module.RunaTuple;
import org.runavm.kernel.module.ValueRef;

/**
 * The text form of {@code language.md} §12 for values in their Java mapping: what {@code Display}
 * shows. Text inside a collection is quoted; a value with no Java form (a class instance) cannot be
 * rendered here because its {@code to_text()} is Runa code, so it is a {@code TypeError} that tells
 * the user to pass {@code x.to_text()}.
 */
final class TextForms {
    private TextForms() {
    }

    static String of(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value, false);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value, boolean nested) {
        switch (value) {
            case null -> out.append("null");
            case String s when nested -> quote(out, s);
            case String s -> out.append(s);
            case List<?> list -> sequence(out, "[", list.iterator(), "]");
            case Set<?> set -> sequence(out, "Set{", set.iterator(), "}");
            case RunaTuple tuple -> sequence(out, "(", tuple.elements().iterator(), ")");
            case Map<?, ?> map -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    out.append(first ? "" : ", ");
                    first = false;
                    append(out, e.getKey(), true);
                    out.append(": ");
                    append(out, e.getValue(), true);
                }
                out.append('}');
            }
            case byte[] bytes -> out.append("Bytes(").append(bytes.length).append(" bytes)");
            case NativeObject object -> out.append(object.toText());
            case ValueRef ref -> throw new NativeError("TypeError", "text.format cannot render a " + ref.typeName()
                    + " value; pass its text, e.g. x.to_text()");
            default -> out.append(value); // Long, Double (Double.toString), Boolean
        }
    }

    private static void sequence(StringBuilder out, String open, Iterator<?> items, String close) {
        out.append(open);
        while (items.hasNext()) {
            append(out, items.next(), true);
            if (items.hasNext()) {
                out.append(", ");
            }
        }
        out.append(close);
    }

    private static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        out.append('"');
    }

    /** The Runa type name of a mapped Java value, for messages. */
    static String typeName(Object value) {
        return switch (value) {
            case null -> "Null";
            case Long l -> "Integer";
            case Double d -> "Decimal";
            case Boolean b -> "Boolean";
            case String s -> "Text";
            case List<?> l -> "List";
            case Map<?, ?> m -> "Map";
            case Set<?> s -> "Set";
            case RunaTuple t -> "Tuple";
            case byte[] b -> "Bytes";
            case NativeObject o -> o.typeName();
            case ValueRef r -> r.typeName();
            default -> value.getClass().getSimpleName();
        };
    }
}
