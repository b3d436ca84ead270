package org.runavm.kernel.compile;

import java.util.List;

/**
 * A compilation failed; carries every error found (in source order), not only the first.
 *
 * <p>The message is the first diagnostic's header plus a count, fit for a one-line log entry;
 * tools that show errors to users render each {@link Diagnostic} with its source line instead.
 */
public class CompilationException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<Diagnostic> diagnostics;

    public CompilationException(List<Diagnostic> diagnostics) {
        super(summary(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** Every diagnostic of the failed compilation, in the order they were found. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String summary(List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            return "compilation failed";
        }
        String first = diagnostics.getFirst().header();
        int more = diagnostics.size() - 1;
        return more == 0 ? first : first + " (and " + more + " more " + (more == 1 ? "error" : "errors") + ")";
    }
}
