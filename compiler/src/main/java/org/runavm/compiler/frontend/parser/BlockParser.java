package org.runavm.compiler.frontend.parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.runavm.compiler.frontend.ast.Block;
import org.runavm.compiler.frontend.ast.Pos;
import org.runavm.compiler.frontend.ast.Stmt;
import org.runavm.compiler.frontend.diag.DiagnosticSink;
import org.runavm.compiler.frontend.lexer.Keyword;
import org.runavm.compiler.frontend.lexer.Token;
import org.runavm.compiler.frontend.lexer.TokenKind;

/**
 * Blocks and their ends, with the recovery that keeps one misplaced {@code End} from cascading.
 *
 * <p>A block runs until {@code End}, end of file, or a word that continues this block or an
 * enclosing one ({@code Otherwise}, {@code Catch}, {@code When}...). {@link #expectEnd} then
 * checks the {@code End}: {@code End X} closing an outer block reports the missing inner
 * {@code End} and leaves the token for the outer block; an {@code End} naming no open block is
 * taken as this block's end. A statement that fails to parse is skipped to its line end.
 */
abstract class BlockParser extends ExpressionParser {

    static final Set<Keyword> CONTINUATION_WORDS =
            EnumSet.of(Keyword.OTHERWISE, Keyword.ELSE, Keyword.CATCH, Keyword.FINALLY, Keyword.WHEN);

    private final Deque<OpenBlock> open = new ArrayDeque<>();

    BlockParser(List<Token> tokens, DiagnosticSink sink) {
        super(tokens, sink);
    }

    abstract Stmt parseStatement();

    final OpenBlock openBlock(String key, Token header, Set<Keyword> continuations) {
        OpenBlock b = new OpenBlock(key, header.line(), continuations);
        open.push(b);
        return b;
    }

    /** Parses statements until the block's end or continuation; does not consume it. */
    final Block parseBlock(OpenBlock owner) {
        if (open.size() > MAX_NESTING) {
            throw abandon("blocks are nested too deeply (more than " + MAX_NESTING + " levels)");
        }
        Pos start = here();
        List<Stmt> statements = new ArrayList<>();
        while (true) {
            skipNewlines();
            Token t = peek();
            if (t.is(TokenKind.EOF) || t.is(Keyword.END) || sink.full()) {
                break;
            }
            if (t.keyword() != null && CONTINUATION_WORDS.contains(t.keyword())) {
                if (owner != null && owner.continuations().contains(t.keyword())) {
                    break;
                }
                if (anyOpenAccepts(t.keyword())) {
                    break; // expectEnd of the owner reports the missing End
                }
                errorAt(t, "`" + t.text() + "` without a matching " + matchingOpener(t.keyword()));
                syncToLineEnd();
                continue;
            }
            Stmt s = parseStatementRecovering();
            if (s != null) {
                statements.add(s);
            }
        }
        return new Block(start, List.copyOf(statements));
    }

    /** One statement; on a syntax error, the rest of its line is skipped and null is returned. */
    final Stmt parseStatementRecovering() {
        try {
            return parseStatement();
        } catch (ParseError e) {
            syncToLineEnd();
            accept(TokenKind.NEWLINE);
            return null;
        }
    }

    /** Closes {@code b} at the current token (see the class comment for the recovery rules). */
    final void expectEnd(OpenBlock b) {
        try {
            Token t = peek();
            String expected = "`End " + b.key() + "` expected to close the `" + b.key() + "` at line " + b.line();
            if (!t.is(Keyword.END)) {
                errorAt(t, expected + (t.is(TokenKind.EOF) ? "" : ", found " + t.describe()));
                return;
            }
            String key = endKey(1);
            if (key == null || key.equalsIgnoreCase(b.key()) || (b.key().equals("On") && key.equalsIgnoreCase("Message"))) {
                consumeEnd(key);
                return;
            }
            String found = "`End " + key + "`";
            if (closesOuter(key)) {
                errorAt(t, expected + ", found " + found);
                return;
            }
            errorAt(t, expected + ", found " + found);
            syncToLineEnd();
            accept(TokenKind.NEWLINE);
        } finally {
            open.remove(b);
        }
    }

    private void consumeEnd(String key) {
        advance();
        if (key != null) {
            int words = key.indexOf(' ') >= 0 ? 2 : 1;
            for (int i = 0; i < words; i++) {
                advance();
            }
        }
        if (!atLineEnd()) {
            errorHere("end of line expected after `End`, found " + peek().describe());
            syncToLineEnd();
        }
        accept(TokenKind.NEWLINE);
    }

    /** The block word after {@code End} at {@code offset}, or null for a plain {@code End}. */
    private String endKey(int offset) {
        Token w = peek(offset);
        if (w.is(TokenKind.NEWLINE) || w.is(TokenKind.EOF)) {
            return null;
        }
        if (w.isWord("Task") && peek(offset + 1).isWord("Group")) {
            return "Task Group";
        }
        return w.keyword() != null ? w.keyword().display() : w.text();
    }

    private boolean closesOuter(String key) {
        boolean first = true;
        for (OpenBlock b : open) {
            if (!first && b.key().equalsIgnoreCase(key)) {
                return true;
            }
            first = false;
        }
        return false;
    }

    private boolean anyOpenAccepts(Keyword k) {
        for (OpenBlock b : open) {
            if (b.continuations().contains(k)) {
                return true;
            }
        }
        return false;
    }

    private static String matchingOpener(Keyword k) {
        return switch (k) {
            case CATCH, FINALLY -> "`Try`";
            case WHEN -> "`Match`";
            default -> "`If`";
        };
    }

    /** A stray {@code End} at the top level: nothing is open. */
    final void reportStrayEnd() {
        Token t = peek();
        errorAt(t, "`" + t.text() + (endKey(1) == null ? "" : " " + endKey(1)) + "` does not close any open block");
        syncToLineEnd();
        accept(TokenKind.NEWLINE);
    }
}
