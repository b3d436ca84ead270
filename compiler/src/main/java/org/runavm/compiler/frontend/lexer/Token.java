package org.runavm.compiler.frontend.lexer;

/**
 * One token with its 1-based position (column in code points).
 *
 * @param kind    what it is
 * @param keyword the reserved word when {@code kind == KEYWORD}, else null
 * @param text    the source spelling (for TEXT tokens: the spelling with quotes)
 * @param value   {@code Long} for INTEGER (null when too large for 64 bits), {@code Double} for
 *                DECIMAL, the decoded {@code String} for TEXT, else null
 */
public record Token(TokenKind kind, Keyword keyword, String text, Object value, int line, int column) {

    public boolean is(TokenKind k) {
        return kind == k;
    }

    public boolean is(Keyword k) {
        return keyword == k;
    }

    /** Whether this is the identifier {@code word}, compared without regard to case (contextual words). */
    public boolean isWord(String word) {
        return kind == TokenKind.IDENTIFIER && text.equalsIgnoreCase(word);
    }

    /** How the token is named in a message: {@code `)`}, {@code `End`}, {@code end of line}. */
    public String describe() {
        return switch (kind) {
            case NEWLINE, EOF -> kind.symbol;
            case TEXT -> "text " + (text.length() > 20 ? text.substring(0, 17) + "...\"" : text);
            default -> "`" + text + "`";
        };
    }
}
