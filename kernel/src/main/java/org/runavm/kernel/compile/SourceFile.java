package org.runavm.kernel.compile;

import java.util.Objects;

/**
 * One unit of Runa source: the path it is reported under and its full text.
 *
 * <p>The path is used only for diagnostics and debug information; the compiler never reads the
 * file system itself, so embedders can compile text that never lived in a file.
 *
 * @param path the name diagnostics print (e.g. {@code app.runa}); never null
 * @param text the decoded source text (UTF-8 on disk); never null
 */
public record SourceFile(String path, String text) {

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }

    /**
     * The text of a 1-based line without its line terminator, or the empty string when the line
     * does not exist. Diagnostics use it to show the offending line.
     */
    public String line(int lineNumber) {
        if (lineNumber < 1) {
            return "";
        }
        int start = 0;
        for (int current = 1; current < lineNumber; current++) {
            int newline = text.indexOf('\n', start);
            if (newline < 0) {
                return "";
            }
            start = newline + 1;
        }
        int end = text.indexOf('\n', start);
        if (end < 0) {
            end = text.length();
        }
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(start, end);
    }
}
