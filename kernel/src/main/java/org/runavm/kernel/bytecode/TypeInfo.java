package org.runavm.kernel.bytecode;

import java.util.List;
import java.util.Objects;

/**
 * An entry of the type section: an id (its position), a name and its kind-specific shape.
 *
 * <p>Primitive covers the built-in named types (Integer, Decimal, Boolean, Text, Null, Any, Tuple,
 * Set, Type, Task, Channel, Pointer...); External names a type defined outside the file (a class of
 * an imported module, a built-in error class, {@code Actor}); Struct is a class or actor defined in
 * the file.
 */
public record TypeInfo(int id, String name, Shape shape) {

    public TypeInfo {
        Objects.requireNonNull(name);
        Objects.requireNonNull(shape);
    }

    /** The kind byte in the file. */
    public int kind() {
        return shape.kind();
    }

    /** The kind-specific data of a type. */
    public sealed interface Shape {
        int kind();
    }

    public record Primitive() implements Shape {
        public static final int KIND = 0x01;
        public int kind() { return KIND; }
    }

    /**
     * A class: its declared fields (own fields only; slots count from the parent's last slot), its
     * methods' function ids, and its parent type id or {@link ProgramImage#NO_ID}.
     */
    public record Struct(List<Field> fields, List<Integer> methodIds, int parentId) implements Shape {
        public static final int KIND = 0x02;
        public Struct {
            fields = List.copyOf(fields);
            methodIds = List.copyOf(methodIds);
        }
        public int kind() { return KIND; }
    }

    public record ListOf(int elementTypeId) implements Shape {
        public static final int KIND = 0x03;
        public int kind() { return KIND; }
    }

    public record MapOf(int keyTypeId, int valueTypeId) implements Shape {
        public static final int KIND = 0x04;
        public int kind() { return KIND; }
    }

    /** A function signature: parameter type ids and the return type id (NO_ID: untyped). */
    public record FunctionSig(List<Integer> parameterTypeIds, int returnTypeId) implements Shape {
        public static final int KIND = 0x05;
        public FunctionSig {
            parameterTypeIds = List.copyOf(parameterTypeIds);
        }
        public int kind() { return KIND; }
    }

    public record Optional(int innerTypeId) implements Shape {
        public static final int KIND = 0x06;
        public int kind() { return KIND; }
    }

    public record Union(List<Integer> memberTypeIds) implements Shape {
        public static final int KIND = 0x07;
        public Union {
            memberTypeIds = List.copyOf(memberTypeIds);
        }
        public int kind() { return KIND; }
    }

    public record External() implements Shape {
        public static final int KIND = 0x08;
        public int kind() { return KIND; }
    }

    /**
     * A declared field of a struct.
     *
     * @param flags {@link #PRIVATE}, {@link #HAS_DEFAULT}, {@link #CONSTANT}
     */
    public record Field(String name, int typeId, int slot, int flags) {
        public static final int PRIVATE = 0x01;
        public static final int HAS_DEFAULT = 0x02;
        public static final int CONSTANT = 0x04;

        public Field {
            Objects.requireNonNull(name);
        }
    }
}
