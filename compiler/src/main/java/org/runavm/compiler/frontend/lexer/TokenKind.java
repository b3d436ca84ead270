package org.runavm.compiler.frontend.lexer;

/** The kinds of token the {@link Lexer} produces; {@link #symbol} is how a message shows it. */
public enum TokenKind {
    INTEGER("integer"), DECIMAL("decimal"), TEXT("text"), IDENTIFIER("name"), KEYWORD("keyword"),
    LPAREN("("), RPAREN(")"), LBRACKET("["), RBRACKET("]"), LBRACE("{"), RBRACE("}"),
    COMMA(","), DOT("."), COLON(":"), QUESTION("?"),
    PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), SLASH_SLASH("//"), PERCENT("%"), STAR_STAR("**"),
    SHIFT_LEFT("<<"), SHIFT_RIGHT(">>"), AMPERSAND("&"), CARET("^"), PIPE("|"), TILDE("~"),
    EQUAL_EQUAL("=="), NOT_EQUAL("!="), LESS("<"), LESS_EQUAL("<="), GREATER(">"), GREATER_EQUAL(">="),
    ASSIGN("="), ARROW("=>"),
    PLUS_ASSIGN("+="), MINUS_ASSIGN("-="), STAR_ASSIGN("*="), SLASH_ASSIGN("/="),
    SLASH_SLASH_ASSIGN("//="), PERCENT_ASSIGN("%="),
    /** A character that starts no token; already reported by the lexer, skipped quietly by the parser. */
    ERROR("invalid character"),
    NEWLINE("end of line"), EOF("end of file");

    public final String symbol;

    TokenKind(String symbol) {
        this.symbol = symbol;
    }

    /**
     * Whether a line ending with this token continues on the next line (language.md §1: binary
     * operators, comma, {@code =>} and {@code =}; the compound assignments are {@code =} too).
     */
    public boolean continuesLine() {
        return switch (this) {
            case PLUS, MINUS, STAR, SLASH, SLASH_SLASH, PERCENT, STAR_STAR, SHIFT_LEFT, SHIFT_RIGHT,
                 AMPERSAND, CARET, PIPE, EQUAL_EQUAL, NOT_EQUAL, LESS, LESS_EQUAL, GREATER,
                 GREATER_EQUAL, ASSIGN, ARROW, COMMA, PLUS_ASSIGN, MINUS_ASSIGN, STAR_ASSIGN,
                 SLASH_ASSIGN, SLASH_SLASH_ASSIGN, PERCENT_ASSIGN -> true;
            default -> false;
        };
    }
}
