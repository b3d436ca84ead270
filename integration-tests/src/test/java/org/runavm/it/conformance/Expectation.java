package org.runavm.it.conformance;

/**
 * What a corpus program must produce: its exact standard output and standard error and its exit
 * status.
 *
 * <p>For a compile error (status 3) {@link #stderr()} holds only the leading lines of the report
 * (usually the {@code FILE:LINE:COLUMN: error: MESSAGE} header): the source line, the caret and the
 * error count that follow are the launcher's rendering, not the language's, so they are not compared.
 *
 * @param stdout the whole standard output, including the newline after the last {@code Display}
 * @param stderr the whole standard error (or, for status 3, its first lines)
 * @param status the exit status {@code cli.md} prescribes
 */
public record Expectation(String stdout, String stderr, int status) {
    /** The exit status of a compile error. */
    public static final int COMPILE_ERROR = 3;

    /** True when {@link #stderr()} is a prefix of the report rather than all of it. */
    public boolean stderrIsPrefix() {
        return status == COMPILE_ERROR;
    }
}
