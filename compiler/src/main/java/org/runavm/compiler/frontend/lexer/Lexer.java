package org.runavm.compiler.frontend.lexer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.runavm.compiler.frontend.diag.DiagnosticSink;

/**
 * Turns source text into tokens in one pass, without regular expressions or backtracking.
 *
 * <p>Line structure is decided here so the parser never sees a line break that does not end a
 * statement (language.md §1): inside {@code ( [ {}, after a binary operator, a comma, {@code =>}
 * or {@code =}, the break is dropped; blank lines, {@code #} comments and {@code Note:} lines
 * produce nothing. A run of breaks becomes one {@link TokenKind#NEWLINE}.
 *
 * <p>Recovery: an unclosed bracket (or a line ending in a dangling operator) would otherwise
 * swallow the following lines into one statement. When such a continued line starts with a word
 * that only ever starts a statement ({@code Let}, {@code End}, {@code If}...), the lexer ends the
 * broken statement before it and lets the parser report what is missing.
 */
public final class Lexer {

    private static final Set<Keyword> STATEMENT_STARTERS = EnumSet.of(
            Keyword.LET, Keyword.DEFINE, Keyword.IF, Keyword.OTHERWISE, Keyword.ELSE, Keyword.END,
            Keyword.FOR, Keyword.WHILE, Keyword.BREAK, Keyword.CONTINUE, Keyword.RETURN, Keyword.PROCESS,
            Keyword.CLASS, Keyword.FIELD, Keyword.TRY, Keyword.CATCH, Keyword.FINALLY, Keyword.THROW,
            Keyword.RETRY, Keyword.IMPORT, Keyword.MATCH, Keyword.WHEN, Keyword.DISPLAY,
            Keyword.EXTERNAL, Keyword.ASYNC, Keyword.GENERATOR, Keyword.ACTOR, Keyword.SEND,
            Keyword.PRIVATE);

    /** Natural-language binary operators: a line ending with one continues. */
    private static final Set<Keyword> CONTINUING_WORDS = EnumSet.of(
            Keyword.AND, Keyword.OR, Keyword.PLUS, Keyword.MINUS, Keyword.MODULO, Keyword.BY);

    private final String src;
    private final DiagnosticSink sink;
    private final List<Token> tokens;
    private int pos;
    private int line = 1;
    private int lineStart;
    /** Code points before {@code pos} on the current line that are not single chars (surrogate pairs). */
    private int lineSurrogates;
    private int depth;
    private boolean atLineStart = true;
    /** The previous line ended with an operator, a comma, `=` or `=>`, so this one continues it. */
    private boolean continued;

    public Lexer(String src, DiagnosticSink sink) {
        this.src = src;
        this.sink = sink;
        this.tokens = new ArrayList<>(Math.max(16, src.length() / 4));
    }

    /** Tokenises the whole source; the list always ends with NEWLINE (if any tokens) and EOF. */
    public List<Token> tokenize() {
        if (src.startsWith("\uFEFF")) {
            pos = 1;
            lineStart = 1;
        }
        while (true) {
            skipSpaceAndComments();
            if (pos >= src.length()) {
                break;
            }
            char c = src.charAt(pos);
            if (c == '\n' || c == '\r') {
                lineBreak(c);
                continue;
            }
            int before = tokens.size();
            int col = column();
            int startLine = line;
            scanToken(c);
            if (tokens.size() > before) {
                afterToken(before, startLine, col);
            }
        }
        if (!tokens.isEmpty() && !last().is(TokenKind.NEWLINE)) {
            tokens.add(new Token(TokenKind.NEWLINE, null, "", null, line, column()));
        }
        tokens.add(new Token(TokenKind.EOF, null, "", null, line, column()));
        return tokens;
    }

    private void afterToken(int index, int startLine, int col) {
        Token t = tokens.get(index);
        if (atLineStart && (depth > 0 || continued) && t.keyword() != null && STATEMENT_STARTERS.contains(t.keyword())) {
            // An unclosed bracket or a dangling operator: end the broken statement before this line.
            tokens.add(index, new Token(TokenKind.NEWLINE, null, "", null, startLine, col));
            depth = 0;
        }
        atLineStart = false;
        continued = false;
    }

    private void lineBreak(char c) {
        int col = column();
        pos++;
        if (c == '\r' && pos < src.length() && src.charAt(pos) == '\n') {
            pos++;
        }
        if (depth == 0 && !tokens.isEmpty()) {
            if (!continues(last())) {
                tokens.add(new Token(TokenKind.NEWLINE, null, "", null, line, col));
            } else if (!last().is(TokenKind.NEWLINE)) {
                continued = true;
            }
        }
        line++;
        lineStart = pos;
        lineSurrogates = 0;
        atLineStart = true;
        skipNoteLine();
    }

    private static boolean continues(Token t) {
        return t.kind().continuesLine() || t.kind() == TokenKind.NEWLINE
                || (t.keyword() != null && CONTINUING_WORDS.contains(t.keyword()));
    }

    /** A line whose first word is {@code Note:} is a comment (outside brackets only). */
    private void skipNoteLine() {
        int p = pos;
        while (p < src.length() && (src.charAt(p) == ' ' || src.charAt(p) == '\t')) {
            p++;
        }
        if (depth == 0 && src.regionMatches(true, p, "note:", 0, 5)) {
            pos = p;
            while (pos < src.length() && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') {
                pos++;
            }
        }
    }

    private void skipSpaceAndComments() {
        if (pos == 0 || (pos == 1 && src.charAt(0) == '\uFEFF')) {
            skipNoteLine();
        }
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') {
                    pos++;
                }
            } else if (c == '\\' && pos + 1 < src.length() && isLineBreak(src.charAt(pos + 1))) {
                // An explicit backslash continuation: join the lines.
                pos++;
                char nl = src.charAt(pos++);
                if (nl == '\r' && pos < src.length() && src.charAt(pos) == '\n') {
                    pos++;
                }
                line++;
                lineStart = pos;
                lineSurrogates = 0;
            } else {
                return;
            }
        }
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private void scanToken(char c) {
        if (c >= '0' && c <= '9') {
            new NumberScanner(this).scan();
        } else if (c == '"' || c == '\'') {
            new TextScanner(this).scan(c);
        } else if (isIdentifierStart(src.codePointAt(pos))) {
            scanWord();
        } else {
            scanSymbol(c);
        }
    }

    private void scanWord() {
        int start = pos;
        int col = column();
        while (pos < src.length()) {
            int cp = src.codePointAt(pos);
            if (!isIdentifierPart(cp)) {
                break;
            }
            advance(cp);
        }
        String word = src.substring(start, pos);
        // After `.` every word is a member name, even a reserved one (x.length(), e.type, x.end).
        Keyword k = !tokens.isEmpty() && last().is(TokenKind.DOT) ? null : Keyword.lookup(word);
        add(k == null ? TokenKind.IDENTIFIER : TokenKind.KEYWORD, k, word, null, col);
    }

    private void scanSymbol(char c) {
        int col = column();
        char n = peekChar(1);
        char n2 = peekChar(2);
        TokenKind kind;
        int len = 1;
        switch (c) {
            case '(' -> { kind = TokenKind.LPAREN; depth++; }
            case '[' -> { kind = TokenKind.LBRACKET; depth++; }
            case '{' -> { kind = TokenKind.LBRACE; depth++; }
            case ')' -> { kind = TokenKind.RPAREN; depth = Math.max(0, depth - 1); }
            case ']' -> { kind = TokenKind.RBRACKET; depth = Math.max(0, depth - 1); }
            case '}' -> { kind = TokenKind.RBRACE; depth = Math.max(0, depth - 1); }
            case ',' -> kind = TokenKind.COMMA;
            case '.' -> kind = TokenKind.DOT;
            case ':' -> kind = TokenKind.COLON;
            case '?' -> kind = TokenKind.QUESTION;
            case '~' -> kind = TokenKind.TILDE;
            case '^' -> kind = TokenKind.CARET;
            case '&' -> kind = TokenKind.AMPERSAND;
            case '|' -> kind = TokenKind.PIPE;
            case '+' -> { kind = n == '=' ? TokenKind.PLUS_ASSIGN : TokenKind.PLUS; len = n == '=' ? 2 : 1; }
            case '-' -> { kind = n == '=' ? TokenKind.MINUS_ASSIGN : TokenKind.MINUS; len = n == '=' ? 2 : 1; }
            case '%' -> { kind = n == '=' ? TokenKind.PERCENT_ASSIGN : TokenKind.PERCENT; len = n == '=' ? 2 : 1; }
            case '*' -> {
                if (n == '*') { kind = TokenKind.STAR_STAR; len = 2; }
                else if (n == '=') { kind = TokenKind.STAR_ASSIGN; len = 2; }
                else { kind = TokenKind.STAR; }
            }
            case '/' -> {
                if (n == '/' && n2 == '=') { kind = TokenKind.SLASH_SLASH_ASSIGN; len = 3; }
                else if (n == '/') { kind = TokenKind.SLASH_SLASH; len = 2; }
                else if (n == '=') { kind = TokenKind.SLASH_ASSIGN; len = 2; }
                else { kind = TokenKind.SLASH; }
            }
            case '=' -> {
                if (n == '=') { kind = TokenKind.EQUAL_EQUAL; len = 2; }
                else if (n == '>') { kind = TokenKind.ARROW; len = 2; }
                else { kind = TokenKind.ASSIGN; }
            }
            case '!' -> {
                if (n != '=') {
                    error(col, "unexpected character `!` (use `not` for negation, `!=` for inequality)");
                    pos++;
                    add(TokenKind.ERROR, null, "!", null, col);
                    return;
                }
                kind = TokenKind.NOT_EQUAL;
                len = 2;
            }
            case '<' -> {
                if (n == '<') { kind = TokenKind.SHIFT_LEFT; len = 2; }
                else if (n == '=') { kind = TokenKind.LESS_EQUAL; len = 2; }
                else { kind = TokenKind.LESS; }
            }
            case '>' -> {
                if (n == '>') { kind = TokenKind.SHIFT_RIGHT; len = 2; }
                else if (n == '=') { kind = TokenKind.GREATER_EQUAL; len = 2; }
                else { kind = TokenKind.GREATER; }
            }
            default -> {
                int cp = src.codePointAt(pos);
                String ch = new String(Character.toChars(cp));
                error(col, "unexpected character `" + ch + "`");
                advance(cp);
                add(TokenKind.ERROR, null, ch, null, col);
                return;
            }
        }
        String text = src.substring(pos, pos + len);
        pos += len;
        add(kind, null, text, null, col);
    }

    // ---- shared with the scanners ----

    String source() {
        return src;
    }

    int pos() {
        return pos;
    }

    void setPos(int p) {
        pos = p;
    }

    int line() {
        return line;
    }

    char peekChar(int ahead) {
        int p = pos + ahead;
        return p < src.length() ? src.charAt(p) : '\0';
    }

    /** Moves past one code point, keeping the column count in code points. */
    void advance(int cp) {
        if (Character.charCount(cp) == 2) {
            lineSurrogates++;
            pos += 2;
        } else {
            pos++;
        }
    }

    /** The 1-based column of {@code pos} in code points. */
    int column() {
        return pos - lineStart - lineSurrogates + 1;
    }

    void add(TokenKind kind, Keyword keyword, String text, Object value, int col) {
        tokens.add(new Token(kind, keyword, text, value, line, col));
    }

    void error(int col, String message) {
        sink.error(line, col, message);
    }

    private Token last() {
        return tokens.get(tokens.size() - 1);
    }

    static boolean isIdentifierStart(int cp) {
        return cp == '_' || (cp < 128 ? (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' : Character.isLetter(cp));
    }

    static boolean isIdentifierPart(int cp) {
        return isIdentifierStart(cp) || (cp >= '0' && cp <= '9') || (cp >= 128 && Character.isDigit(cp));
    }
}
