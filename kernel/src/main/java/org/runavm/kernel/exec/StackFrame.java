package org.runavm.kernel.exec;

/** One frame of a Runa stack trace: the process and the source position it was executing. */
public record StackFrame(String process, String file, int line, int column) {
    /** {@code PROCESS (FILE:LINE:COLUMN)}, the form used in reports and in {@code stack_trace}. */
    @Override
    public String toString() {
        return process + " (" + file + ":" + line + ":" + column + ")";
    }
}
