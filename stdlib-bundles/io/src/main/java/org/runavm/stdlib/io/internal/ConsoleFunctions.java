package org.runavm.stdlib.io.internal;

import java.io.PrintStream;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;

/**
 * {@code write(value)} writes to standard output without a newline; {@code error(value)} writes a
 * line to standard error, after flushing standard output so that a terminal shows both in program
 * order. Both take Text, numbers, Booleans and null (in their text form).
 */
final class ConsoleFunctions {
    private ConsoleFunctions() {
    }

    static void define(ModuleDefinition d) {
        d.function("write", 1, 1, call -> call.environment().stdout().print(scalarText(call, "write")));
        d.function("error", 1, 1, call -> {
            String text = scalarText(call, "error");
            call.environment().stdout().flush();
            PrintStream err = call.environment().stderr();
            err.print(text + "\n"); // "\n" on every OS, as Display writes
            err.flush();
        });
    }

    private static String scalarText(NativeCall call, String function) {
        return switch (call.argument(0)) {
            case null -> "null";
            case String s -> s;
            case Long l -> l.toString();
            case Double v -> v.toString();
            case Boolean b -> b.toString();
            default -> throw new NativeError("TypeError", "io." + function + " expects Text, not " + call.typeName(0)
                    + " (use to_text())");
        };
    }
}
