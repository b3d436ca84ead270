package org.runavm.compiler.frontend.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.runavm.kernel.compile.Diagnostic;
import org.runavm.kernel.compile.Severity;

/**
 * Collects the errors of one compilation, up to {@link #LIMIT}.
 *
 * <p>Every phase reports here instead of throwing, so one file yields all of its errors. Once the
 * limit is reached further reports are dropped: past fifty errors the rest are almost always
 * consequences of the first ones, and printing them only buries the real problem.
 */
public final class DiagnosticSink {

    /** The most errors reported for one file. */
    public static final int LIMIT = 50;

    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Diagnostic> warnings = new ArrayList<>();
    private boolean stopped;

    public DiagnosticSink(String file) {
        this.file = file;
    }

    public void error(int line, int column, String message) {
        if (diagnostics.size() < LIMIT && !stopped) {
            diagnostics.add(Diagnostic.error(file, Math.max(1, line), Math.max(1, column), message));
        }
    }

    /** A warning never fails a compilation and does not count towards {@link #LIMIT}. */
    public void warning(int line, int column, String message) {
        if (warnings.size() < LIMIT) {
            warnings.add(new Diagnostic(file, Math.max(1, line), Math.max(1, column), Severity.WARNING, message));
        }
    }

    public List<Diagnostic> warnings() {
        return List.copyOf(warnings);
    }

    public boolean hasErrors() {
        return !diagnostics.isEmpty();
    }

    public boolean full() {
        return stopped || diagnostics.size() >= LIMIT;
    }

    /**
     * Accepts no more errors: used when a phase gives up on the rest of the file (e.g. nesting too
     * deep to analyse), where anything reported later would only be a consequence.
     */
    public void stop() {
        stopped = true;
    }

    public int count() {
        return diagnostics.size();
    }

    /** The diagnostics in source order (line, then column; ties keep report order). */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(diagnostics);
        copy.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return List.copyOf(copy);
    }
}
