package org.runavm.compiler.frontend.lexer;

/**
 * Scans one numeric literal for the {@link Lexer}: {@code 42}, {@code 1_000_000}, {@code 0xFF},
 * {@code 0b1010}, {@code 3.14}, {@code 1e10}, {@code 2.5e-3}.
 *
 * <p>A {@code .} belongs to the number only when a digit follows, so {@code 5.to_text()} is a
 * method call on 5. An integer too large for 64 bits is still a token (value null) so the parser
 * can accept {@code -9223372036854775808} and report any other case once, where it is used.
 */
final class NumberScanner {

    private final Lexer lx;
    private final String src;

    NumberScanner(Lexer lexer) {
        this.lx = lexer;
        this.src = lexer.source();
    }

    void scan() {
        int start = lx.pos();
        int col = lx.column();
        char c = src.charAt(start);
        char n = lx.peekChar(1);
        if (c == '0' && (n == 'x' || n == 'X' || n == 'b' || n == 'B')) {
            scanRadix(start, col, (n == 'x' || n == 'X') ? 16 : 2);
            return;
        }
        int p = digits(start, 10);
        boolean decimal = false;
        if (p + 1 < src.length() && src.charAt(p) == '.' && isDigit(src.charAt(p + 1), 10)) {
            decimal = true;
            p = digits(p + 1, 10);
        }
        if (p < src.length() && (src.charAt(p) == 'e' || src.charAt(p) == 'E')) {
            int q = p + 1;
            if (q < src.length() && (src.charAt(q) == '+' || src.charAt(q) == '-')) {
                q++;
            }
            if (q < src.length() && isDigit(src.charAt(q), 10)) {
                decimal = true;
                p = digits(q, 10);
            }
        }
        lx.setPos(p);
        String text = src.substring(start, p);
        checkUnderscores(text, col);
        checkTrailingLetters(col);
        String clean = text.replace("_", "");
        if (decimal) {
            lx.add(TokenKind.DECIMAL, null, text, Double.parseDouble(clean), col);
        } else {
            lx.add(TokenKind.INTEGER, null, text, parseLong(clean, 10), col);
        }
    }

    private void scanRadix(int start, int col, int radix) {
        int p = digits(start + 2, radix);
        lx.setPos(p);
        String text = src.substring(start, p);
        String body = text.substring(2).replace("_", "");
        if (body.isEmpty()) {
            lx.error(col, "`" + text + "` needs " + (radix == 16 ? "hexadecimal" : "binary") + " digits after it");
            lx.add(TokenKind.INTEGER, null, text, 0L, col);
            checkTrailingLetters(col);
            return;
        }
        checkUnderscores(text.substring(2), col);
        checkTrailingLetters(col);
        lx.add(TokenKind.INTEGER, null, text, parseLong(body, radix), col);
    }

    /** Null when the literal does not fit in 64 bits (hex and binary may use all 64 bits). */
    private static Long parseLong(String digits, int radix) {
        try {
            return radix == 10 ? Long.parseLong(digits) : Long.parseUnsignedLong(digits, radix);
        } catch (NumberFormatException tooLarge) {
            return null;
        }
    }

    private int digits(int p, int radix) {
        while (p < src.length() && (isDigit(src.charAt(p), radix) || src.charAt(p) == '_')) {
            p++;
        }
        return p;
    }

    private static boolean isDigit(char c, int radix) {
        return switch (radix) {
            case 2 -> c == '0' || c == '1';
            case 16 -> (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
            default -> c >= '0' && c <= '9';
        };
    }

    private void checkUnderscores(String text, int col) {
        if (text.endsWith("_") || text.contains("__") || text.contains("_.") || text.contains("._")) {
            lx.error(col, "`_` in a number must stand between two digits");
        }
    }

    /** {@code 12abc} or {@code 0b102} is one mistake, reported once, not a number and a name. */
    private void checkTrailingLetters(int col) {
        int p = lx.pos();
        if (p < src.length() && (Lexer.isIdentifierPart(src.codePointAt(p)))) {
            int q = p;
            while (q < src.length() && Lexer.isIdentifierPart(src.codePointAt(q))) {
                q++;
            }
            lx.error(col, "`" + src.substring(p, q) + "` cannot follow a number here");
            lx.setPos(q);
        }
    }
}
