package org.runavm.compiler.frontend.resolve;

import java.util.Set;

/**
 * Names every program can use without declaring them: what the always-imported {@code core}
 * module provides (stdlib.md) and the built-in type names usable in annotations (language.md
 * §2, §10). A program may declare its own process or class with one of these names (they live in
 * a scope outside the file, so that is not shadowing within a process).
 */
final class Builtins {

    private Builtins() {
    }

    static final Set<String> ERROR_TYPES = Set.of(
            "Error", "TypeError", "ValueError", "IndexError", "KeyError", "AttributeError", "ArithmeticError",
            "DivisionByZeroError", "OverflowError", "NameError", "IOError", "FileNotFoundError", "SecurityError",
            "OutOfMemoryError", "StackOverflowError", "TimeoutError", "CancelledError", "FFIError",
            "AssertionError");

    /** Values: callable or with members. */
    static final Set<String> VALUES = Set.of(
            "core", "input", "Task", "Channel", "Mutex", "Semaphore", "Supervisor", "Runtime", "Memory",
            "Text", "Integer", "Decimal", "Boolean", "List", "Map", "Tuple", "Pointer", "Type");

    /** Type names for annotations (besides classes, actors and error types). */
    static final Set<String> TYPES = Set.of(
            "Integer", "Decimal", "Boolean", "Text", "Null", "List", "Map", "Set", "Tuple", "Function", "Any",
            "Optional", "Task", "Channel", "Actor", "Pointer", "Type", "Mutex", "Semaphore", "Iterator",
            "Generator", "Int8", "Int16", "Int32", "Int64", "UInt8", "UInt16", "UInt32", "UInt64", "Float32",
            "Float64", "Bytes", "Deque", "PriorityQueue", "Counter", "Instant", "Duration", "Socket", "Server");
}
