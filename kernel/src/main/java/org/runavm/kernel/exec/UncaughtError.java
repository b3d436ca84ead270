package org.runavm.kernel.exec;

import java.util.List;

/**
 * A Runa error no handler caught.
 *
 * @param type the error's type name ({@code IndexError})
 * @param message its message
 * @param stackTrace the frames, innermost first
 * @param resourceLimit true for an {@code OutOfMemoryError} or {@code TimeoutError} caused by a VM
 *     limit (exit status 5)
 */
public record UncaughtError(String type, String message, List<StackFrame> stackTrace, boolean resourceLimit) {
    public UncaughtError {
        stackTrace = List.copyOf(stackTrace);
    }

    /** The report {@code cli.md} prescribes: {@code Error: TYPE: MESSAGE} then one {@code   at} line per frame. */
    public String report() {
        StringBuilder out = new StringBuilder("Error: ").append(type).append(": ").append(message);
        for (StackFrame frame : stackTrace) {
            out.append(System.lineSeparator()).append("  at ").append(frame);
        }
        return out.toString();
    }
}
