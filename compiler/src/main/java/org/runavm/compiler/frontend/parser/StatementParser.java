package org.runavm.compiler.frontend.parser;

import java.util.EnumSet;
import java.util.List;
import org.runavm.compiler.frontend.ast.BinaryOp;
import org.runavm.compiler.frontend.ast.Expr;
import org.runavm.compiler.frontend.ast.Pos;
import org.runavm.compiler.frontend.ast.Stmt;
import org.runavm.compiler.frontend.ast.TypeRef;
import org.runavm.compiler.frontend.diag.DiagnosticSink;
import org.runavm.compiler.frontend.lexer.Keyword;
import org.runavm.compiler.frontend.lexer.Token;
import org.runavm.compiler.frontend.lexer.TokenKind;

/**
 * Simple statements ({@code Let}, {@code Define}, {@code Set}, assignments, {@code Display},
 * {@code Return}...) and the dispatch on a statement's first word. Compound statements live in
 * {@link ControlFlowParser}, declarations in {@link DeclarationParser}.
 */
abstract class StatementParser extends BlockParser {

    StatementParser(List<Token> tokens, DiagnosticSink sink) {
        super(tokens, sink);
    }

    abstract Stmt parseIf();

    abstract Stmt parseWhile();

    abstract Stmt parseFor();

    abstract Stmt parseMatch();

    abstract Stmt parseTry();

    abstract Stmt parseTaskGroup();

    abstract Stmt parseDeclaration(boolean isPrivate);

    abstract Stmt parseImport();

    abstract Stmt parseExternal();

    abstract Stmt parseSend();

    @Override
    final Stmt parseStatement() {
        Token t = peek();
        if (t.is(TokenKind.IDENTIFIER)) {
            if (t.isWord("Task") && peek(1).isWord("Group")) {
                return parseTaskGroup();
            }
            return parseExpressionStatement();
        }
        if (!t.is(TokenKind.KEYWORD)) {
            return parseExpressionStatement();
        }
        return switch (t.keyword()) {
            case LET -> parseLet();
            case DEFINE -> parseDefine(false);
            case SET -> peek(1).is(Keyword.OF) || peek(1).is(TokenKind.LBRACE) ? parseExpressionStatement() : parseSet();
            case DISPLAY -> parseDisplay();
            case RETURN -> parseReturn();
            case BREAK -> simple(new Stmt.Break(pos(advance())), "`Break`");
            case CONTINUE -> simple(new Stmt.Continue(pos(advance())), "`Continue`");
            case RETRY -> simple(new Stmt.Retry(pos(advance())), "`Retry`");
            case THROW -> {
                Pos p = pos(advance());
                yield simple(new Stmt.Throw(p, parseExpression()), "the `Throw` value");
            }
            case YIELD -> {
                Pos p = pos(advance());
                yield simple(new Stmt.Yield(p, parseExpression()), "the `Yield` value");
            }
            case IF -> parseIf();
            case WHILE -> parseWhile();
            case FOR -> parseFor();
            case MATCH -> parseMatch();
            case TRY -> parseTry();
            case IMPORT -> parseImport();
            case EXTERNAL -> parseExternal();
            case SEND -> parseSend();
            case PRIVATE, PROCESS, ASYNC, GENERATOR, CLASS, ACTOR -> parseDeclaration(false);
            case FIELD -> throw errorHere("`Field` can only be declared inside a `Class` or an `Actor`");
            case THEN -> throw errorHere("`Then` must follow an `If` condition on the same line");
            default -> parseExpressionStatement();
        };
    }

    final Stmt simple(Stmt s, String after) {
        expectLineEnd(after);
        return s;
    }

    private Stmt parseLet() {
        Pos p = pos(advance());
        Token name = expectName("a variable name");
        TypeRef type = null;
        if (accept(Keyword.AS)) {
            type = parseType();
        }
        Expr init = null;
        if (accept(TokenKind.ASSIGN) || accept(Keyword.BE)) {
            init = expressionOrError();
        } else if (!atLineEnd()) {
            throw errorHere("`=` or `be` expected after `Let " + name.text() + "`, found " + peek().describe());
        } else if (type != null && !type.optional() && !type.name().equals("Any") && !type.name().equals("Null")) {
            // Starting as null would fail the annotation's run-time check at once.
            errorAt(p, "`Let " + name.text() + " as " + type.display() + "` needs a value (or an optional type: `"
                    + type.display() + "?`, which starts as null)");
        }
        return simple(new Stmt.Let(p, name.text(), type, init), "the `Let` statement");
    }

    /** {@code Define NAME as VALUE}, {@code Define NAME = VALUE}, {@code Define NAME as TYPE = VALUE}. */
    final Stmt parseDefine(boolean isPrivate) {
        Pos p = pos(advance());
        Token name = expectName("a constant name");
        TypeRef type = null;
        Expr value;
        if (accept(Keyword.AS)) {
            if (startsAnnotatedDefine()) {
                type = parseType();
                expect(TokenKind.ASSIGN, "after the type of `" + name.text() + "`");
            }
            value = expressionOrError();
        } else if (accept(TokenKind.ASSIGN) || accept(Keyword.BE)) {
            value = expressionOrError();
        } else {
            throw errorHere("`as` expected after `Define " + name.text() + "` (as in `Define "
                    + name.text() + " as 100`), found " + peek().describe());
        }
        return simple(new Stmt.Define(p, name.text(), type, value, isPrivate), "the `Define` statement");
    }

    /** {@code Define X as TYPE = v}: a type name, then (after any {@code of}/{@code ?} parts) {@code =}. */
    private boolean startsAnnotatedDefine() {
        for (int i = index; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is(TokenKind.ASSIGN)) {
                return true;
            }
            boolean typeToken = t.is(TokenKind.IDENTIFIER) || t.is(Keyword.OF) || t.is(Keyword.TO)
                    || t.is(TokenKind.QUESTION) || t.is(TokenKind.DOT) || t.is(Keyword.SET);
            if (!typeToken) {
                return false;
            }
        }
        return false;
    }

    private Stmt parseSet() {
        Pos p = pos(advance());
        Expr target = parsePostfix();
        checkAssignable(target);
        expect(Keyword.TO, "in `Set ... to ...`");
        return simple(new Stmt.Assign(p, target, null, expressionOrError()), "the `Set` statement");
    }

    private Stmt parseDisplay() {
        Pos p = pos(advance());
        if (atLineEnd()) {
            throw errorHere("`Display` needs a value to display");
        }
        return simple(new Stmt.Display(p, parseExpression()), "the displayed value");
    }

    private Stmt parseReturn() {
        Pos p = pos(advance());
        Expr value = atLineEnd() ? null : parseExpression();
        return simple(new Stmt.Return(p, value), "the `Return` value");
    }

    private Stmt parseExpressionStatement() {
        Expr e = parseExpression();
        Token t = peek();
        BinaryOp compound = switch (t.kind()) {
            case PLUS_ASSIGN -> BinaryOp.ADD;
            case MINUS_ASSIGN -> BinaryOp.SUB;
            case STAR_ASSIGN -> BinaryOp.MUL;
            case SLASH_ASSIGN -> BinaryOp.DIV;
            case SLASH_SLASH_ASSIGN -> BinaryOp.FLOOR_DIV;
            case PERCENT_ASSIGN -> BinaryOp.MOD;
            default -> null;
        };
        if (compound != null || t.is(TokenKind.ASSIGN)) {
            checkAssignable(e);
            advance();
            return simple(new Stmt.Assign(pos(t), e, compound, expressionOrError()), "the assignment");
        }
        return simple(new Stmt.ExprStmt(e.pos(), e), "the expression");
    }

    private void checkAssignable(Expr target) {
        if (!(target instanceof Expr.Name || target instanceof Expr.Member || target instanceof Expr.Index)) {
            throw errorAtPos(target.pos(), "only a variable, a field (`p.name`) or an element (`items[0]`) can be assigned");
        }
    }

    final ParseError errorAtPos(Pos p, String message) {
        errorAt(p, message);
        return ParseError.INSTANCE;
    }

    /** Words that continue an {@code If}. */
    static final EnumSet<Keyword> IF_CONTINUATIONS = EnumSet.of(Keyword.OTHERWISE, Keyword.ELSE);
}
