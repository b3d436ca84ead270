package org.runavm.engine.interpreter.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The built-in types and error classes every VM starts with. Built-in types are {@link ClassInfo}s
 * with a non-zero code, so {@code type of 3} and {@code type of p} are the same kind of value; error
 * classes are ordinary classes with the fields {@code message} and {@code stack_trace}, so user
 * classes extend them like any other.
 */
final class BuiltinTypes {
    static final int INTEGER = 1;
    static final int DECIMAL = 2;
    static final int BOOLEAN = 3;
    static final int TEXT = 4;
    static final int NULL = 5;
    static final int LIST = 6;
    static final int MAP = 7;
    static final int SET = 8;
    static final int TUPLE = 9;
    static final int FUNCTION = 10;
    static final int TYPE = 11;
    static final int MODULE = 12;
    static final int ANY = 13;
    static final int NATIVE = 14;
    static final int BYTES = 15;
    static final int POINTER = 16;

    private static final String[] NAMES = {"", "Integer", "Decimal", "Boolean", "Text", "Null", "List", "Map",
        "Set", "Tuple", "Function", "Type", "Module", "Any", "Object", "Bytes", "Pointer"};

    /** Error classes and their parents, parents first. */
    private static final String[][] ERRORS = {
        {"Error", null}, {"TypeError", "Error"}, {"ValueError", "Error"}, {"IndexError", "Error"},
        {"KeyError", "Error"}, {"AttributeError", "Error"}, {"ArithmeticError", "Error"},
        {"DivisionByZeroError", "ArithmeticError"}, {"OverflowError", "ArithmeticError"},
        {"NameError", "Error"}, {"IOError", "Error"}, {"FileNotFoundError", "IOError"},
        {"SecurityError", "Error"}, {"OutOfMemoryError", "Error"}, {"StackOverflowError", "Error"},
        {"TimeoutError", "Error"}, {"CancelledError", "Error"}, {"FFIError", "Error"},
        {"AssertionError", "Error"},
    };

    final ClassInfo[] byCode = new ClassInfo[NAMES.length];
    final Map<String, ClassInfo> byName = new java.util.concurrent.ConcurrentHashMap<>();
    final ClassInfo error;

    BuiltinTypes(Vm vm) {
        for (int code = 1; code < NAMES.length; code++) {
            ClassInfo c = vm.addBuiltin(NAMES[code], null, code);
            byCode[code] = c;
            byName.put(c.name, c);
        }
        for (String[] e : ERRORS) {
            ClassInfo c = vm.addBuiltin(e[0], e[1] == null ? null : byName.get(e[1]), ClassInfo.USER);
            if (e[1] == null) {
                c.addField("message");
                c.addField("stack_trace");
            }
            byName.put(c.name, c);
        }
        error = byName.get("Error");
        // Optional, generic and other annotation-only names check like their base type.
        byName.put("Optional", byCode[ANY]);
        // The precise native types of External Process signatures (language.md §10) annotate Runa
        // values too (a callback's `returns Int32`): they check as the Runa type they carry.
        for (String integer : new String[] {"Int8", "Int16", "Int32", "Int64", "UInt8", "UInt16", "UInt32", "UInt64"}) {
            byName.put(integer, byCode[INTEGER]);
        }
        byName.put("Float32", byCode[DECIMAL]);
        byName.put("Float64", byCode[DECIMAL]);
    }

    ClassInfo get(int code) {
        return byCode[code];
    }

    boolean isError(ClassInfo c) {
        return c.isSubclassOf(error);
    }
}
