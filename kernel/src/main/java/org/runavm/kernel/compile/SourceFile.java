package org.runavm.kernel.compile;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
     * Decodes a file's bytes as UTF-8 (language.md §1), strictly: a malformed or truncated sequence
     * is a compile error at its line and column, never a silent replacement character. A leading
     * byte-order mark is kept (the lexer skips it).
     *
     * @throws CompilationException with one diagnostic when the bytes are not valid UTF-8
     */
    public static SourceFile decode(String path, byte[] bytes) throws CompilationException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        String text = out.toString();
        if (result.isError()) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = text.codePointCount(lineStart, text.length()) + 1;
            int bad = bytes[in.position()] & 0xFF;
            throw new CompilationException(List.of(Diagnostic.error(path, line, column,
                    "the file is not valid UTF-8 (byte 0x" + String.format("%02X", bad) + " here); save it as UTF-8")));
        }
        return new SourceFile(path, text);
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
