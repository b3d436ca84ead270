package org.runavm.engine.interpreter.internal;

import org.runavm.kernel.bytecode.TypeInfo;
import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.heap.Slots;
import org.runavm.kernel.value.Tag;

/**
 * Run-time checks of annotations (CHECK_TYPE) and {@code is a} (IS_A). Generic annotations check the
 * container only ({@code List of Integer} accepts any List); an Integer is accepted where a Decimal
 * is declared.
 */
final class TypeCheck {
    /** {@link #kind}: decided by {@link #matches}. */
    static final byte GENERAL = 0;
    /** {@link #kind}: {@code Any}, which accepts every value. */
    static final byte ANY = 1;
    /** {@link #kind}: {@code Integer}, which accepts exactly the Integer tag. */
    static final byte INTEGER = 2;
    /** {@link #kind}: {@code Decimal}, which accepts Decimals and Integers. */
    static final byte DECIMAL = 3;
    /** {@link #kind}: {@code Boolean}. */
    static final byte BOOLEAN = 4;
    /** {@link #kind}s from here on accept a heap object of one shape, and leave the rest to {@link #matches}. */
    static final byte TEXT = 5;
    static final byte LIST = 6;
    static final byte MAP = 7;
    static final byte SET = 8;
    static final byte TUPLE = 9;
    static final byte BYTES = 10;
    /**
     * {@link #kind}s from here on: an Optional ({@code Text?}) of the kind {@code kind - OPTIONAL},
     * which accepts null too and is decided like that kind.
     */
    static final byte OPTIONAL = 16;

    private TypeCheck() {
    }

    /**
     * Whether an annotation of {@code kind} accepts the value: exactly, for the kinds
     * {@link #decidedByKind decided by kind}; for the heap kinds, true when the object has the kind's
     * shape (anything else is decided by {@link #matches}); always false for {@link #GENERAL}.
     */
    static boolean acceptsByKind(byte kind, byte tag, long payload, HeapMemory mem) {
        // Two table look-ups rather than a switch: this runs on every checked call and return, inside
        // the dispatch loop, whose inlining budget a switch over kinds and shapes used to exhaust.
        long shapes = ACCEPTED_SHAPES[kind];
        return (ACCEPTED_TAGS[kind] >>> tag & 1) != 0
                || tag == Tag.REF && shapes != 0 && accepts(shapes, Slots.shape(mem, payload));
    }

    private static boolean accepts(long shapes, int shape) {
        return shape < Long.SIZE && (shapes >>> shape & 1) != 0;
    }

    /** By kind, the value tags it accepts whatever the payload, one bit per tag. */
    private static final int[] ACCEPTED_TAGS = new int[OPTIONAL + BYTES + 1];
    /** By kind, the shapes of the heap objects it accepts, one bit per shape (built-in shapes are below 64). */
    private static final long[] ACCEPTED_SHAPES = new long[OPTIONAL + BYTES + 1];

    static {
        ACCEPTED_TAGS[ANY] = -1;
        ACCEPTED_TAGS[INTEGER] = 1 << Tag.INTEGER;
        ACCEPTED_TAGS[DECIMAL] = 1 << Tag.DECIMAL | 1 << Tag.INTEGER; // an Integer is accepted where a Decimal is declared
        ACCEPTED_TAGS[BOOLEAN] = 1 << Tag.BOOLEAN;
        ACCEPTED_SHAPES[TEXT] = 1L << Shapes.TEXT_LATIN1 | 1L << Shapes.TEXT_UTF32;
        ACCEPTED_SHAPES[LIST] = 1L << Shapes.LIST;
        ACCEPTED_SHAPES[MAP] = 1L << Shapes.MAP;
        ACCEPTED_SHAPES[SET] = 1L << Shapes.SET;
        ACCEPTED_SHAPES[TUPLE] = 1L << Shapes.TUPLE;
        ACCEPTED_SHAPES[BYTES] = 1L << Shapes.BYTES;
        for (int kind = INTEGER; kind <= BYTES; kind++) {
            ACCEPTED_TAGS[OPTIONAL + kind] = ACCEPTED_TAGS[kind] | 1 << Tag.NULL;
            ACCEPTED_SHAPES[OPTIONAL + kind] = ACCEPTED_SHAPES[kind];
        }
    }

    /** Whether {@link #acceptsByKind} is the whole answer for {@code kind} (no need to ask {@link #matches}). */
    static boolean decidedByKind(byte kind) {
        return kind >= ANY && kind <= BOOLEAN || kind >= OPTIONAL + INTEGER && kind <= OPTIONAL + BOOLEAN;
    }

    /**
     * How the dispatch loop tests an annotation of {@code type} (one of {@code types}, which an
     * Optional's inner type id indexes) before falling back to {@link #matches}.
     */
    static byte kind(TypeInfo type, java.util.List<TypeInfo> types) {
        if (type.shape() instanceof TypeInfo.Optional o) {
            int inner = o.innerTypeId();
            byte kind = inner >= 0 && inner < types.size() && !(types.get(inner).shape() instanceof TypeInfo.Optional)
                    ? kind(types.get(inner), types) : GENERAL;
            return kind == GENERAL || kind == ANY ? kind : (byte) (OPTIONAL + kind);
        }
        if (type.shape() instanceof TypeInfo.ListOf) {
            return LIST;
        }
        if (type.shape() instanceof TypeInfo.MapOf) {
            return MAP;
        }
        if (!(type.shape() instanceof TypeInfo.Primitive)) {
            return GENERAL;
        }
        return switch (type.name()) {
            case "Any" -> ANY;
            case "Integer" -> INTEGER;
            case "Decimal" -> DECIMAL;
            case "Boolean" -> BOOLEAN;
            case "Text" -> TEXT;
            case "List" -> LIST;
            case "Map" -> MAP;
            case "Set" -> SET;
            case "Tuple" -> TUPLE;
            case "Bytes" -> BYTES;
            default -> GENERAL;
        };
    }

    static boolean matches(Vm vm, Program prog, int typeId, byte tag, long payload) {
        byte kind = prog.checkKinds[typeId];
        if (acceptsByKind(kind, tag, payload, vm.mem)) {
            return true;
        }
        if (decidedByKind(kind)) {
            return false;
        }
        TypeInfo type = prog.image.types().get(typeId);
        return switch (type.shape()) {
            case TypeInfo.ListOf l -> is(vm, tag, payload, BuiltinTypes.LIST);
            case TypeInfo.MapOf m -> is(vm, tag, payload, BuiltinTypes.MAP);
            case TypeInfo.FunctionSig f -> is(vm, tag, payload, BuiltinTypes.FUNCTION);
            case TypeInfo.Optional o -> tag == Tag.NULL || matches(vm, prog, o.innerTypeId(), tag, payload);
            case TypeInfo.Union u -> u.memberTypeIds().stream().anyMatch(m -> matches(vm, prog, m, tag, payload));
            default -> named(vm, prog, typeId, type.name(), tag, payload);
        };
    }

    private static boolean named(Vm vm, Program prog, int typeId, String name, byte tag, long payload) {
        ClassInfo expected = prog.annotationClasses[typeId];
        if (expected == null) {
            if (name.equals("Any")) {
                return true;
            }
            expected = vm.classFor(prog, typeId);
            if (expected == null && vm.nativeTypeMethods.containsKey(name)) {
                // a native type (Task, Channel, a bound module's type) whose class is made on first use:
                // make it now, or `1 is a Task` would hold while no Task value has been seen yet
                expected = vm.nativeType(name);
            }
            if (expected == null) {
                return true; // a type this VM does not know (e.g. Task before concurrency) is not checked
            }
            prog.annotationClasses[typeId] = expected; // resolved once; a benign race writes the same class
        }
        if (tag == Tag.INTEGER && expected == vm.types.get(BuiltinTypes.DECIMAL)) {
            return true; // an Integer is accepted where a Decimal is declared
        }
        return vm.classOf(tag, payload).isSubclassOf(expected);
    }

    private static boolean is(Vm vm, byte tag, long payload, int code) {
        return vm.classOf(tag, payload) == vm.types.get(code);
    }

    /** The TypeError of a failed CHECK_TYPE: names the variable, the expected and the actual type. */
    static RunaException mismatch(Vm vm, Program prog, int typeId, String name, byte tag, long payload) {
        String expected = describe(prog, typeId);
        String actual = vm.typeName(tag, payload);
        if (expected.equals(actual)) {
            // a class named like a built-in type (Class List), or two classes of one name from two modules
            boolean actualBuiltin = vm.classOf(tag, payload).builtin != ClassInfo.USER;
            expected += actualBuiltin ? " (the class of that name)" : " (another type of that name)";
            actual += actualBuiltin ? " (the built-in type)" : " (a class)";
        }
        return RunaException.typeError(name + " expects " + expected + ", got " + actual);
    }

    static String describe(Program prog, int typeId) {
        if (typeId < 0) {
            return "Any";
        }
        TypeInfo type = prog.image.types().get(typeId);
        return switch (type.shape()) {
            case TypeInfo.ListOf l -> "List of " + describe(prog, l.elementTypeId());
            case TypeInfo.MapOf m -> "Map of " + describe(prog, m.keyTypeId()) + " to " + describe(prog, m.valueTypeId());
            case TypeInfo.Optional o -> describe(prog, o.innerTypeId()) + "?";
            default -> type.name();
        };
    }
}
