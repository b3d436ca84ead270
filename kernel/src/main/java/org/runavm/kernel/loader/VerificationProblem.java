package org.runavm.kernel.loader;

import java.util.Objects;

/**
 * One thing wrong with a program.
 *
 * @param section  the file section ("header", "constants", "types", "functions", "code",
 *                 "metadata", "debug", or "file" for the framing)
 * @param function the function's name when the problem is inside one, else {@code null}
 * @param offset   the byte offset (in the file for framing problems, function-relative in code),
 *                 or -1
 * @param message  what is wrong, one line
 */
public record VerificationProblem(String section, String function, int offset, String message) {

    public VerificationProblem {
        Objects.requireNonNull(section);
        Objects.requireNonNull(message);
    }

    /** A one-line description: {@code section, function f, offset 12: message}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(section);
        if (function != null) {
            sb.append(", function ").append(function);
        }
        if (offset >= 0) {
            sb.append(", offset ").append(offset);
        }
        return sb.append(": ").append(message).toString();
    }
}
