package org.runavm.kernel.compile;

import java.util.Objects;

/**
 * One problem found in a source file, at a 1-based line and column.
 *
 * <p>Columns count Unicode code points from the start of the line, so the caret lines up under
 * the offending character in a terminal even when the line holds non-ASCII text.
 *
 * @param file     the path of the source file, as given in {@link SourceFile#path()}
 * @param line     1-based line number
 * @param column   1-based column (code points)
 * @param severity how serious the problem is
 * @param message  a sentence a newcomer understands, without a trailing period
 */
public record Diagnostic(String file, int line, int column, Severity severity, String message) {

    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    /** An error diagnostic, the common case. */
    public static Diagnostic error(String file, int line, int column, String message) {
        return new Diagnostic(file, line, column, Severity.ERROR, message);
    }

    /** The first line of the rendering: {@code FILE:LINE:COLUMN: error: MESSAGE}. */
    public String header() {
        return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
    }

    /**
     * Renders the diagnostic as the CLI prints it: the header, then the source line, then a caret
     * under the column. Tabs before the column are copied into the caret line so the caret stays
     * aligned whatever the terminal's tab width.
     *
     * @param sourceLine the text of line {@link #line()} (without terminator); null prints the header only
     */
    public String format(String sourceLine) {
        if (sourceLine == null) {
            return header();
        }
        StringBuilder caret = new StringBuilder();
        int offset = 0;
        for (int cp = 1; cp < column && offset < sourceLine.length(); cp++) {
            int codePoint = sourceLine.codePointAt(offset);
            caret.append(codePoint == '\t' ? '\t' : ' ');
            offset += Character.charCount(codePoint);
        }
        // A column past the end of the line (e.g. "expected ... at end of line") still gets its caret.
        caret.append(" ".repeat(Math.max(0, column - 1 - caret.length())));
        caret.append('^');
        return header() + "\n" + sourceLine + "\n" + caret;
    }

    @Override
    public String toString() {
        return header();
    }
}
