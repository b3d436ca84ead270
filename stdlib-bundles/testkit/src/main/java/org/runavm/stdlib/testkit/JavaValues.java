package org.runavm.stdlib.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.runavm.kernel.module.NativeObject;
import org.runavm.kernel.module.RunaTuple;
import org.runavm.kernel.module.ValueRef;

/** The Java value mapping of {@code NativeCall}, checked: what a module may receive and return. */
public final class JavaValues {
    private JavaValues() {
    }

    /** The Runa type name of a mapped Java value. */
    public static String typeName(Object value) {
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
            default -> throw new IllegalArgumentException(
                    "not a Runa value in the Java mapping: " + value.getClass().getName() + " " + value);
        };
    }

    /** {@code value} with test conveniences widened ({@code Integer} to {@code Long}), containers copied. */
    public static Object normalize(Object value) {
        return switch (value) {
            case Integer i -> (long) i;
            case List<?> list -> {
                List<Object> copy = new ArrayList<>();
                list.forEach(e -> copy.add(normalize(e)));
                yield copy;
            }
            case Map<?, ?> map -> {
                Map<Object, Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(normalize(k), normalize(v)));
                yield copy;
            }
            case Set<?> set -> {
                Set<Object> copy = new LinkedHashSet<>();
                set.forEach(e -> copy.add(normalize(e)));
                yield copy;
            }
            case RunaTuple t -> new RunaTuple(t.elements().stream().map(JavaValues::normalize).toList());
            case null -> null;
            default -> {
                typeName(value);
                yield value;
            }
        };
    }

    /** Fails unless {@code value}, deeply, uses only the types of the mapping. */
    public static void requireMapped(Object value) {
        typeName(value);
        switch (value) {
            case List<?> list -> list.forEach(JavaValues::requireMapped);
            case Map<?, ?> map -> map.forEach((k, v) -> {
                requireMapped(k);
                requireMapped(v);
            });
            case Set<?> set -> set.forEach(JavaValues::requireMapped);
            case RunaTuple t -> t.elements().forEach(JavaValues::requireMapped);
            case null, default -> {
            }
        }
    }
}
