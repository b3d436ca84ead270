package org.runavm.compiler.frontend.parser;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.runavm.compiler.frontend.ast.Block;
import org.runavm.compiler.frontend.ast.Expr;
import org.runavm.compiler.frontend.ast.Pattern;
import org.runavm.compiler.frontend.ast.Pos;
import org.runavm.compiler.frontend.ast.Stmt;
import org.runavm.compiler.frontend.ast.TypeRef;
import org.runavm.compiler.frontend.diag.DiagnosticSink;
import org.runavm.compiler.frontend.lexer.Keyword;
import org.runavm.compiler.frontend.lexer.Token;
import org.runavm.compiler.frontend.lexer.TokenKind;

/**
 * Compound statements: {@code If}, {@code While}, {@code For}, {@code For each}, {@code Match},
 * {@code Try}, {@code Task Group}. A header whose expression is broken is reported and replaced by
 * an error node, and its body is still parsed, so the block structure (and its {@code End}) stays
 * in step.
 */
abstract class ControlFlowParser extends StatementParser {

    private static final Set<Keyword> NONE = EnumSet.noneOf(Keyword.class);
    private static final Set<Keyword> TRY_PARTS = EnumSet.of(Keyword.CATCH, Keyword.FINALLY);
    private static final Set<Keyword> MATCH_PARTS = EnumSet.of(Keyword.WHEN, Keyword.OTHERWISE, Keyword.ELSE);

    ControlFlowParser(List<Token> tokens, DiagnosticSink sink) {
        super(tokens, sink);
    }

    @Override
    final Stmt parseIf() {
        Token header = advance();
        OpenBlock b = openBlock("If", header, IF_CONTINUATIONS);
        List<Stmt.Branch> branches = new ArrayList<>();
        Expr cond = expressionOrError();
        expectHeaderEnd("If", true);
        branches.add(new Stmt.Branch(pos(header), cond, parseBlock(b)));
        Block otherwise = null;
        while ((at(Keyword.OTHERWISE) || at(Keyword.ELSE)) && otherwise == null) {
            Token word = advance();
            if (accept(Keyword.IF)) {
                Expr c = expressionOrError();
                expectHeaderEnd(word.text() + " If", true);
                branches.add(new Stmt.Branch(pos(word), c, parseBlock(b)));
            } else {
                expectHeaderEnd(word.text(), false);
                otherwise = parseBlock(new OpenBlock("If", header.line(), NONE));
                while (at(Keyword.OTHERWISE) || at(Keyword.ELSE)) {
                    // Report the misplaced part once and skip it, so the End If still matches.
                    errorHere("`" + peek().text() + "` after the final `" + word.text() + "` of the `If` at line "
                            + header.line() + " (put the conditions before it)");
                    skipMisplacedPart("If", header);
                }
            }
        }
        expectEnd(b);
        return new Stmt.If(pos(header), List.copyOf(branches), otherwise);
    }

    /** Skips a misplaced {@code Otherwise}/{@code Catch}/... line and the block under it. */
    private void skipMisplacedPart(String key, Token header) {
        syncToLineEnd();
        accept(TokenKind.NEWLINE);
        parseBlock(new OpenBlock(key, header.line(), NONE));
    }

    @Override
    final Stmt parseWhile() {
        Token header = advance();
        OpenBlock b = openBlock("While", header, NONE);
        Expr cond = expressionOrError();
        expectHeaderEnd("While", false);
        Block body = parseBlock(b);
        expectEnd(b);
        return new Stmt.While(pos(header), cond, body);
    }

    @Override
    final Stmt parseFor() {
        Token header = advance();
        OpenBlock b = openBlock("For", header, NONE);
        try {
            boolean each = accept(Keyword.EACH);
            Token first = expectName("a loop variable name");
            if (each || at(TokenKind.COMMA) || at(Keyword.IN)) {
                return parseForEach(header, b, first);
            }
            expect(Keyword.FROM, "after `For " + first.text() + "` (as in `For i from 1 to 10`)");
            Expr from = parseExpression();
            expect(Keyword.TO, "in `For " + first.text() + " from ... to ...`");
            Expr to = parseExpression();
            Expr step = accept(Keyword.STEP) ? parseExpression() : null;
            expectHeaderEnd("For", false);
            Block body = parseBlock(b);
            expectEnd(b);
            return new Stmt.ForRange(pos(header), first.text(), from, to, step, body);
        } catch (ParseError e) {
            // Keep the block structure: skip the broken header, parse and drop the body.
            syncToLineEnd();
            parseBlock(b);
            expectEnd(b);
            return null;
        }
    }

    private Stmt parseForEach(Token header, OpenBlock b, Token first) {
        String second = null;
        if (accept(TokenKind.COMMA)) {
            second = expectName("a second loop variable name").text();
        }
        expect(Keyword.IN, "in `For each ... in ...`");
        Expr iterable = parseExpression();
        expectHeaderEnd("For each", false);
        Block body = parseBlock(b);
        expectEnd(b);
        return new Stmt.ForEach(pos(header), first.text(), second, iterable, body);
    }

    @Override
    final Stmt parseMatch() {
        Token header = advance();
        OpenBlock b = openBlock("Match", header, MATCH_PARTS);
        Expr subject = expressionOrError();
        expectHeaderEnd("Match", false);
        List<Stmt.When> cases = new ArrayList<>();
        Block otherwise = null;
        while (true) {
            skipNewlines();
            if (at(Keyword.WHEN)) {
                if (otherwise != null) {
                    errorHere("`When` after the `Otherwise` of the `Match` at line " + header.line()
                            + " (`Otherwise` comes last)");
                }
                Token when = advance();
                List<Pattern> patterns = parsePatterns();
                Expr guard = accept(Keyword.IF) ? expressionOrError() : null;
                expectHeaderEnd("When", true);
                cases.add(new Stmt.When(pos(when), patterns, guard, parseBlock(b)));
            } else if (at(Keyword.OTHERWISE) || at(Keyword.ELSE)) {
                if (otherwise != null) {
                    errorHere("a second `" + peek().text() + "` in the `Match` at line " + header.line());
                    skipMisplacedPart("Match", header);
                    continue;
                }
                Token word = advance();
                expectHeaderEnd(word.text(), false);
                otherwise = parseBlock(b);
            } else if (at(Keyword.END) || at(TokenKind.EOF) || sink.full()) {
                break;
            } else if (peek().keyword() != null && CONTINUATION_WORDS.contains(peek().keyword())) {
                break; // belongs to an enclosing block; expectEnd reports the missing End Match
            } else {
                errorHere("`When` expected inside `Match`, found " + peek().describe());
                parseStatementRecovering();
            }
        }
        expectEnd(b);
        return new Stmt.Match(pos(header), subject, List.copyOf(cases), otherwise);
    }

    private List<Pattern> parsePatterns() {
        List<Pattern> patterns = new ArrayList<>();
        try {
            do {
                patterns.add(parsePattern());
            } while (accept(TokenKind.COMMA));
        } catch (ParseError e) {
            while (!atLineEnd() && !at(TokenKind.COLON)) {
                advance();
            }
        }
        return List.copyOf(patterns);
    }

    private Pattern parsePattern() {
        Token t = peek();
        Pos p = pos(t);
        if (t.is(TokenKind.IDENTIFIER) && t.text().equals("_")) {
            advance();
            return new Pattern.Wildcard(p);
        }
        if (t.is(TokenKind.IDENTIFIER) && peek(1).is(Keyword.AS)) {
            advance();
            advance();
            return new Pattern.Binding(p, t.text(), parseType());
        }
        boolean literal = switch (t.kind()) {
            case INTEGER, DECIMAL, TEXT, MINUS -> true;
            case KEYWORD -> t.is(Keyword.TRUE) || t.is(Keyword.FALSE) || t.is(Keyword.NULL) || t.is(Keyword.NONE);
            default -> false;
        };
        if (!literal) {
            throw errorHere("a `When` pattern is a literal (`0`, `\"text\"`, `null`), `_`, or `NAME as TYPE`; found "
                    + t.describe());
        }
        Expr value = parseUnary();
        if (!(value instanceof Expr.IntLit || value instanceof Expr.DecLit || value instanceof Expr.TextLit
                || value instanceof Expr.BoolLit || value instanceof Expr.NullLit || value instanceof Expr.Error
                || (value instanceof Expr.Unary u && (u.operand() instanceof Expr.IntLit || u.operand() instanceof Expr.DecLit)))) {
            throw errorAtPos(p, "a `When` pattern must be a single literal value");
        }
        return new Pattern.Literal(p, value);
    }

    @Override
    final Stmt parseTry() {
        Token header = advance();
        OpenBlock b = openBlock("Try", header, TRY_PARTS);
        expectHeaderEnd("Try", false);
        Block body = parseBlock(b);
        List<Stmt.Catch> catches = new ArrayList<>();
        while (at(Keyword.CATCH)) {
            Token c = advance();
            String variable = null;
            TypeRef type = null;
            try {
                if (!atLineEnd() && !at(TokenKind.COLON)) {
                    variable = expectName("the caught error's name").text();
                    if (accept(Keyword.AS)) {
                        type = parseType();
                    }
                }
            } catch (ParseError e) {
                syncToLineEnd();
            }
            expectHeaderEnd("Catch", false);
            catches.add(new Stmt.Catch(pos(c), variable, type, parseBlock(b)));
        }
        Block finallyBlock = null;
        if (at(Keyword.FINALLY)) {
            advance();
            expectHeaderEnd("Finally", false);
            finallyBlock = parseBlock(new OpenBlock("Try", header.line(), NONE));
            while (at(Keyword.CATCH) || at(Keyword.FINALLY)) {
                errorHere("`" + peek().text() + "` after the `Finally` of the `Try` at line " + header.line()
                        + " (`Finally` comes last)");
                skipMisplacedPart("Try", header);
            }
        }
        if (catches.isEmpty() && finallyBlock == null) {
            errorAt(header, "`Try` at line " + header.line() + " needs a `Catch` or a `Finally`");
        }
        expectEnd(b);
        return new Stmt.Try(pos(header), body, List.copyOf(catches), finallyBlock);
    }

    @Override
    final Stmt parseTaskGroup() {
        Token header = advance();
        advance(); // Group
        OpenBlock b = openBlock("Task Group", header, NONE);
        String name = null;
        try {
            expect(Keyword.CALLED, "after `Task Group` (as in `Task Group called g`)");
            name = expectName("the task group's name").text();
        } catch (ParseError e) {
            syncToLineEnd();
        }
        expectHeaderEnd("Task Group", false);
        Block body = parseBlock(b);
        expectEnd(b);
        return new Stmt.TaskGroup(pos(header), name == null ? "_" : name, body);
    }
}
