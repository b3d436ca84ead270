package org.runavm.compiler.frontend.lexer;

/**
 * Scans one text literal for the {@link Lexer}: {@code "..."} or {@code '...'} with the escapes
 * {@code \n \t \r \0 \\ \" \'} and {@code \}{@code u{1F600}} (a code point in hexadecimal). A literal may not span lines; an unclosed one is
 * reported at its opening quote and ends at the end of the line, so the next line lexes normally.
 */
final class TextScanner {

    private final Lexer lx;
    private final String src;

    TextScanner(Lexer lexer) {
        this.lx = lexer;
        this.src = lexer.source();
    }

    void scan(char quote) {
        int start = lx.pos();
        int col = lx.column();
        lx.advance(quote);
        StringBuilder value = new StringBuilder();
        while (true) {
            if (lx.pos() >= src.length() || src.charAt(lx.pos()) == '\n' || src.charAt(lx.pos()) == '\r') {
                lx.error(col, "text is not closed: add " + quote + " before the end of the line");
                break;
            }
            int cp = src.codePointAt(lx.pos());
            if (cp == quote) {
                lx.advance(cp);
                break;
            }
            if (cp == '\\') {
                escape(value);
            } else {
                value.appendCodePoint(cp);
                lx.advance(cp);
            }
        }
        lx.add(TokenKind.TEXT, null, src.substring(start, lx.pos()), value.toString(), col);
    }

    private void escape(StringBuilder value) {
        int col = lx.column();
        lx.advance('\\');
        char c = lx.peekChar(0);
        switch (c) {
            case 'n' -> value.append('\n');
            case 't' -> value.append('\t');
            case 'r' -> value.append('\r');
            case '0' -> value.append('\0');
            case '\\' -> value.append('\\');
            case '"' -> value.append('"');
            case '\'' -> value.append('\'');
            case 'u' -> {
                unicode(value, col);
                return;
            }
            default -> {
                if (c == '\0' || c == '\n' || c == '\r') {
                    return; // reported as an unclosed text by the caller
                }
                lx.error(col, "unknown escape `\\" + c + "` (known: \\n \\t \\r \\0 \\\\ \\\" \\' \\u{...})");
            }
        }
        lx.advance(src.codePointAt(lx.pos()));
    }

    private void unicode(StringBuilder value, int col) {
        lx.advance('u');
        if (lx.peekChar(0) != '{') {
            lx.error(col, "a `\\u` escape is written `\\u{HEX}`, e.g. `\\u{1F600}`");
            return;
        }
        int p = lx.pos() + 1;
        int digitsStart = p;
        while (p < src.length() && Character.digit(src.charAt(p), 16) >= 0) {
            p++;
        }
        boolean closed = p < src.length() && src.charAt(p) == '}';
        String hex = src.substring(digitsStart, p);
        if (!closed || hex.isEmpty() || hex.length() > 6) {
            lx.error(col, "a `\\u` escape is written `\\u{HEX}` with 1 to 6 hexadecimal digits");
            lx.setPos(closed ? p + 1 : p);
            return;
        }
        int cp = Integer.parseInt(hex, 16);
        if (cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
            lx.error(col, "`\\u{" + hex + "}` is not a Unicode character");
        } else {
            value.appendCodePoint(cp);
        }
        lx.setPos(p + 1);
    }
}
