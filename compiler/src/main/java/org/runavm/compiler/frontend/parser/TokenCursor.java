package org.runavm.compiler.frontend.parser;

import java.util.List;
import org.runavm.compiler.frontend.ast.Pos;
import org.runavm.compiler.frontend.diag.DiagnosticSink;
import org.runavm.compiler.frontend.lexer.Keyword;
import org.runavm.compiler.frontend.lexer.Token;
import org.runavm.compiler.frontend.lexer.TokenKind;

/**
 * The parser's view of the token list: a cursor with small fixed lookahead, plus the reporting
 * and resynchronisation helpers every parsing layer shares.
 *
 * <p>Errors are reported once, at the token that shows the problem, then {@link ParseError}
 * unwinds to a statement or block boundary ({@link #syncToLineEnd()}), so one mistake yields one
 * message.
 */
abstract class TokenCursor {

    protected final List<Token> tokens;
    protected final DiagnosticSink sink;
    protected int index;

    TokenCursor(List<Token> tokens, DiagnosticSink sink) {
        this.tokens = tokens;
        this.sink = sink;
    }

    final Token peek() {
        return tokens.get(index);
    }

    final Token peek(int ahead) {
        int i = index + ahead;
        return i < tokens.size() ? tokens.get(i) : tokens.get(tokens.size() - 1);
    }

    final Token advance() {
        Token t = tokens.get(index);
        if (t.kind() != TokenKind.EOF) {
            index++;
        }
        return t;
    }

    final boolean at(TokenKind kind) {
        return peek().kind() == kind;
    }

    final boolean at(Keyword k) {
        return peek().keyword() == k;
    }

    final boolean atWord(String word) {
        return peek().isWord(word);
    }

    final boolean atLineEnd() {
        TokenKind k = peek().kind();
        return k == TokenKind.NEWLINE || k == TokenKind.EOF;
    }

    final boolean accept(TokenKind kind) {
        if (at(kind)) {
            advance();
            return true;
        }
        return false;
    }

    final boolean accept(Keyword k) {
        if (at(k)) {
            advance();
            return true;
        }
        return false;
    }

    final Token expect(TokenKind kind, String what) {
        if (!at(kind)) {
            throw errorHere("`" + kind.symbol + "` expected " + what + ", found " + peek().describe());
        }
        return advance();
    }

    final Token expect(Keyword k, String what) {
        if (!at(k)) {
            throw errorHere("`" + k.display() + "` expected " + what + ", found " + peek().describe());
        }
        return advance();
    }

    /** A name: an identifier, with a helpful message when a reserved word is used as one. */
    final Token expectName(String what) {
        Token t = peek();
        if (t.is(TokenKind.IDENTIFIER)) {
            return advance();
        }
        if (t.is(TokenKind.KEYWORD)) {
            throw errorHere("`" + t.text() + "` is a reserved word and cannot be used as " + what);
        }
        throw errorHere(what + " expected, found " + t.describe());
    }

    /** Ends a simple statement: the line must end here. */
    final void expectLineEnd(String after) {
        if (!atLineEnd()) {
            errorHere("end of line expected after " + after + ", found " + peek().describe());
            syncToLineEnd();
        }
        accept(TokenKind.NEWLINE);
    }

    /** Ends a block header: an optional {@code :} (or {@code Then} when allowed), then the line end. */
    final void expectHeaderEnd(String header, boolean allowThen) {
        if (!accept(TokenKind.COLON) && allowThen) {
            accept(Keyword.THEN);
        }
        if (at(TokenKind.ASSIGN)) {
            errorHere("`=` assigns a value; to compare in the `" + header + "` header, use `==` or `is`");
            syncToLineEnd();
        } else if (!atLineEnd()) {
            errorHere("end of line expected after the `" + header + "` header, found " + peek().describe()
                    + " (the block's statements go on the following lines)");
            syncToLineEnd();
        }
        accept(TokenKind.NEWLINE);
    }

    final Pos pos(Token t) {
        return new Pos(t.line(), t.column());
    }

    final Pos here() {
        return pos(peek());
    }

    final ParseError errorHere(String message) {
        return errorAt(peek(), message);
    }

    final ParseError errorAt(Token t, String message) {
        if (t.is(TokenKind.ERROR)) {
            return ParseError.INSTANCE; // the lexer reported this character already
        }
        Pos p = reportPos(t);
        sink.error(p.line(), p.column(), message);
        return ParseError.INSTANCE;
    }

    /**
     * Where to report a problem found at {@code t}. A line end or the end of the file has no text
     * of its own, so the caret goes just after the last token before it, on the line that is
     * actually incomplete.
     */
    final Pos reportPos(Token t) {
        if (!t.is(TokenKind.NEWLINE) && !t.is(TokenKind.EOF)) {
            return pos(t);
        }
        int i = t == peek() ? index : tokens.indexOf(t);
        for (int k = (i < 0 ? index : i) - 1; k >= 0; k--) {
            Token prev = tokens.get(k);
            if (!prev.is(TokenKind.NEWLINE)) {
                return new Pos(prev.line(), prev.column() + prev.text().codePointCount(0, prev.text().length()));
            }
        }
        return pos(t);
    }

    final void errorAt(Pos p, String message) {
        sink.error(p.line(), p.column(), message);
    }

    /** Skips to the end of the current line (not consuming the line break). */
    final void syncToLineEnd() {
        while (!atLineEnd()) {
            advance();
        }
    }

    /** Deepest nesting of expressions (and, separately, of blocks) the parser follows. */
    static final int MAX_NESTING = 200;

    /**
     * Gives up on the rest of the file: reports why, stops all further reports (they would only be
     * consequences), and moves to the end so every open construct unwinds at once.
     */
    final ParseError abandon(String message) {
        errorHere(message);
        sink.stop();
        index = tokens.size() - 1;
        return ParseError.INSTANCE;
    }

    final void skipNewlines() {
        while (at(TokenKind.NEWLINE)) {
            advance();
        }
    }
}
