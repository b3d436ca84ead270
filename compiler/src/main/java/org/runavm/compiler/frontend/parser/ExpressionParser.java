package org.runavm.compiler.frontend.parser;

import java.util.ArrayList;
import java.util.List;
import org.runavm.compiler.frontend.ast.Arg;
import org.runavm.compiler.frontend.ast.BinaryOp;
import org.runavm.compiler.frontend.ast.Expr;
import org.runavm.compiler.frontend.ast.Pos;
import org.runavm.compiler.frontend.ast.TypeRef;
import org.runavm.compiler.frontend.ast.UnaryOp;
import org.runavm.compiler.frontend.diag.DiagnosticSink;
import org.runavm.compiler.frontend.lexer.Keyword;
import org.runavm.compiler.frontend.lexer.Token;
import org.runavm.compiler.frontend.lexer.TokenKind;

/**
 * Expressions by precedence climbing, one method per level of language.md §3 (lowest first:
 * {@code or}, {@code and}, comparisons, {@code |}, {@code ^}, {@code &}, shifts, additive,
 * multiplicative, unary, {@code **}, postfix, primary). Natural-language operators are recognised
 * at the same level as their symbols. Lookahead is bounded (a few tokens), except the scan that
 * tells a lambda {@code (a, b) => e} from a parenthesised expression, which stops at the matching
 * {@code )}.
 */
abstract class ExpressionParser extends TypeParser {

    ExpressionParser(List<Token> tokens, DiagnosticSink sink) {
        super(tokens, sink);
    }

    final Expr parseExpression() {
        return parseOr();
    }

    /** Parses an expression; on error, reports it, skips the rest of the line and yields an error node. */
    final Expr expressionOrError() {
        Pos start = here();
        try {
            return parseExpression();
        } catch (ParseError e) {
            syncToLineEnd();
            return new Expr.Error(start);
        }
    }

    private Expr parseOr() {
        Expr left = parseAnd();
        while (at(Keyword.OR)) {
            Pos p = pos(advance());
            left = new Expr.Binary(p, BinaryOp.OR, left, parseAnd());
        }
        return left;
    }

    /**
     * Set while parsing an item of an {@code and}-separated list (the defaults of
     * {@code that takes a = 1 and b}), where {@code and} ends the item instead of being logical.
     */
    boolean andEndsItem;

    /** Inside brackets {@code and} is always logical again. */
    private <T> T inBrackets(java.util.function.Supplier<T> parse) {
        boolean saved = andEndsItem;
        andEndsItem = false;
        try {
            return parse.get();
        } finally {
            andEndsItem = saved;
        }
    }

    private Expr parseAnd() {
        Expr left = parseComparison();
        // `and NAME as` starts the next argument of a natural call (`f with a as 1 and b as 2`).
        while (at(Keyword.AND) && !andEndsItem && !(peek(1).is(TokenKind.IDENTIFIER) && peek(2).is(Keyword.AS))) {
            Pos p = pos(advance());
            left = new Expr.Binary(p, BinaryOp.AND, left, parseComparison());
        }
        return left;
    }

    private Expr parseComparison() {
        Expr left = parseBitOr();
        while (true) {
            Token t = peek();
            BinaryOp op = switch (t.kind()) {
                case EQUAL_EQUAL -> BinaryOp.EQ;
                case NOT_EQUAL -> BinaryOp.NE;
                case LESS -> BinaryOp.LT;
                case LESS_EQUAL -> BinaryOp.LE;
                case GREATER -> BinaryOp.GT;
                case GREATER_EQUAL -> BinaryOp.GE;
                default -> null;
            };
            if (op != null) {
                advance();
                warnNotBindsTighter(left, t);
                left = new Expr.Binary(pos(t), op, left, parseBitOr());
            } else if (t.isWord("contains")) {
                advance();
                warnNotBindsTighter(left, t);
                left = new Expr.Binary(pos(t), BinaryOp.CONTAINS, left, parseBitOr());
            } else if (t.is(Keyword.IS)) {
                warnNotBindsTighter(left, t);
                left = parseIs(left);
            } else {
                return left;
            }
        }
    }

    /** {@code is a T}, {@code is not a T}, {@code is equal to}, {@code is greater than or equal to}, {@code is x}... */
    private Expr parseIs(Expr left) {
        Token is = advance();
        Pos p = pos(is);
        boolean negated = accept(Keyword.NOT);
        if ((atWord("a") || atWord("an")) && startsType(peek(1))) {
            advance();
            return new Expr.IsA(p, left, parseType(), negated);
        }
        BinaryOp op;
        if (atWord("equal")) {
            advance();
            expect(Keyword.TO, "after `is equal`");
            op = negated ? BinaryOp.NE : BinaryOp.EQ;
        } else if (atWord("greater") || atWord("less")) {
            boolean greater = advance().isWord("greater");
            expectWord("than", greater ? "after `is greater`" : "after `is less`");
            boolean orEqual = at(Keyword.OR) && peek(1).isWord("equal") && peek(2).is(Keyword.TO);
            if (orEqual) {
                advance();
                advance();
                advance();
            }
            op = greater ? (orEqual ? BinaryOp.GE : BinaryOp.GT) : (orEqual ? BinaryOp.LE : BinaryOp.LT);
            if (negated) {
                op = switch (op) {
                    case GT -> BinaryOp.LE;
                    case GE -> BinaryOp.LT;
                    case LT -> BinaryOp.GE;
                    default -> BinaryOp.GT;
                };
            }
        } else {
            op = negated ? BinaryOp.NE : BinaryOp.EQ;
        }
        return new Expr.Binary(p, op, left, parseBitOr());
    }

    /** Expressions written in parentheses, so {@code (not a) == b} is not warned about. */
    private final java.util.Set<Expr> parenthesised = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /**
     * {@code not a == b} is {@code (not a) == b} by the precedence table, which is rarely what was
     * meant: say so (a warning, since the program is valid).
     */
    private void warnNotBindsTighter(Expr left, Token op) {
        if (left instanceof Expr.Unary u && u.op() == UnaryOp.NOT && !parenthesised.contains(left)) {
            sink.warning(u.pos().line(), u.pos().column(), "`not` binds tighter than `" + op.text()
                    + "`: this is `(not ...) " + op.text() + " ...`; write `not (... " + op.text()
                    + " ...)` to negate the comparison");
        }
    }

    private static boolean startsType(Token t) {
        return t.is(TokenKind.IDENTIFIER) || t.is(Keyword.SET) || t.is(Keyword.NULL);
    }

    private void expectWord(String word, String what) {
        if (!atWord(word)) {
            throw errorHere("`" + word + "` expected " + what + ", found " + peek().describe());
        }
        advance();
    }

    private Expr parseBitOr() {
        Expr left = parseBitXor();
        while (at(TokenKind.PIPE)) {
            Pos p = pos(advance());
            left = new Expr.Binary(p, BinaryOp.BIT_OR, left, parseBitXor());
        }
        return left;
    }

    private Expr parseBitXor() {
        Expr left = parseBitAnd();
        while (at(TokenKind.CARET)) {
            Pos p = pos(advance());
            left = new Expr.Binary(p, BinaryOp.BIT_XOR, left, parseBitAnd());
        }
        return left;
    }

    private Expr parseBitAnd() {
        Expr left = parseShift();
        while (at(TokenKind.AMPERSAND)) {
            Pos p = pos(advance());
            left = new Expr.Binary(p, BinaryOp.BIT_AND, left, parseShift());
        }
        return left;
    }

    private Expr parseShift() {
        Expr left = parseAdditive();
        while (at(TokenKind.SHIFT_LEFT) || at(TokenKind.SHIFT_RIGHT)) {
            Token t = advance();
            BinaryOp op = t.is(TokenKind.SHIFT_LEFT) ? BinaryOp.SHL : BinaryOp.SHR;
            left = new Expr.Binary(pos(t), op, left, parseAdditive());
        }
        return left;
    }

    private Expr parseAdditive() {
        Expr left = parseMultiplicative();
        while (true) {
            Token t = peek();
            BinaryOp op;
            if (t.is(TokenKind.PLUS) || t.is(Keyword.PLUS)) {
                op = BinaryOp.ADD;
            } else if (t.is(TokenKind.MINUS) || t.is(Keyword.MINUS)) {
                op = BinaryOp.SUB;
            } else if (t.is(Keyword.FOLLOWED)) {
                advance();
                expect(Keyword.BY, "after `followed`");
                left = new Expr.Binary(pos(t), BinaryOp.CONCAT, left, parseMultiplicative());
                continue;
            } else {
                return left;
            }
            advance();
            left = new Expr.Binary(pos(t), op, left, parseMultiplicative());
        }
    }

    private Expr parseMultiplicative() {
        Expr left = parseUnary();
        while (true) {
            Token t = peek();
            BinaryOp op = switch (t.kind()) {
                case STAR -> BinaryOp.MUL;
                case SLASH -> BinaryOp.DIV;
                case SLASH_SLASH -> BinaryOp.FLOOR_DIV;
                case PERCENT -> BinaryOp.MOD;
                default -> null;
            };
            if (op != null) {
                advance();
            } else if (t.is(Keyword.MODULO)) {
                advance();
                op = BinaryOp.MOD;
            } else if (t.is(Keyword.MULTIPLIED) || t.is(Keyword.DIVIDED)) {
                advance();
                expect(Keyword.BY, "after `" + t.text() + "`");
                op = t.is(Keyword.MULTIPLIED) ? BinaryOp.MUL : BinaryOp.DIV;
            } else {
                return left;
            }
            left = new Expr.Binary(pos(t), op, left, parseUnary());
        }
    }

    /** Nesting depth of {@link #parseUnary} and {@link #parsePostfix}, which every nested expression passes. */
    private int nesting;

    final Expr parseUnary() {
        if (++nesting > 2 * MAX_NESTING) {
            throw abandon("this expression is nested too deeply (more than " + MAX_NESTING + " levels)");
        }
        try {
            return parseUnaryNested();
        } finally {
            nesting--;
        }
    }

    private Expr parseUnaryNested() {
        Token t = peek();
        UnaryOp op = t.is(TokenKind.MINUS) ? UnaryOp.NEG
                : t.is(Keyword.NOT) ? UnaryOp.NOT
                : t.is(TokenKind.TILDE) ? UnaryOp.BIT_NOT : null;
        if (op == null) {
            return parsePower();
        }
        advance();
        if (op == UnaryOp.NEG && at(TokenKind.INTEGER) && peek().value() == null
                && peek().text().replace("_", "").equals("9223372036854775808") && !peek(1).is(TokenKind.STAR_STAR)) {
            // The one literal only expressible negated: the smallest Integer.
            advance();
            return new Expr.IntLit(pos(t), Long.MIN_VALUE);
        }
        return new Expr.Unary(pos(t), op, parseUnary());
    }

    private Expr parsePower() {
        Expr base = parsePostfix();
        if (at(TokenKind.STAR_STAR)) {
            Pos p = pos(advance());
            return new Expr.Binary(p, BinaryOp.POW, base, parseUnary());
        }
        return base;
    }

    final Expr parsePostfix() {
        if (++nesting > 2 * MAX_NESTING) {
            throw abandon("this expression is nested too deeply (more than " + MAX_NESTING + " levels)");
        }
        try {
            return parsePostfixNested();
        } finally {
            nesting--;
        }
    }

    private Expr parsePostfixNested() {
        Expr e = parsePrimary();
        while (true) {
            Token t = peek();
            if (t.is(TokenKind.DOT)) {
                advance();
                Token name = peek();
                if (!name.is(TokenKind.IDENTIFIER)) {
                    throw errorHere("member name expected after `.`, found " + name.describe());
                }
                advance();
                e = new Expr.Member(pos(name), e, name.text());
            } else if (t.is(TokenKind.LPAREN)) {
                Expr callee = e;
                e = inBrackets(() -> new Expr.Call(callee.pos(), callee, parseArguments()));
            } else if (t.is(TokenKind.LBRACKET)) {
                advance();
                Expr idx = parseExpression();
                expect(TokenKind.RBRACKET, "to close the `[` at line " + t.line());
                e = new Expr.Index(pos(t), e, idx);
            } else if (t.is(Keyword.AT) && peek(1).isWord("index")) {
                advance();
                advance();
                e = new Expr.Index(pos(t), e, parsePostfix());
            } else if (t.is(Keyword.WITH) && peek(1).is(TokenKind.IDENTIFIER) && peek(2).is(Keyword.AS)) {
                e = new Expr.Call(e.pos(), e, parseNaturalArguments());
            } else {
                return e;
            }
        }
    }

    /** {@code ( [arg {, arg}] [,] )} where an argument is {@code expr} or {@code name: expr}. */
    final List<Arg> parseArguments() {
        Token open = expect(TokenKind.LPAREN, "to start the arguments");
        List<Arg> args = new ArrayList<>();
        while (!at(TokenKind.RPAREN)) {
            Token t = peek();
            if (t.is(TokenKind.IDENTIFIER) && peek(1).is(TokenKind.COLON)) {
                advance();
                advance();
                args.add(new Arg(pos(t), t.text(), parseExpression()));
            } else {
                args.add(new Arg(pos(t), null, parseExpression()));
            }
            if (!accept(TokenKind.COMMA)) {
                break;
            }
        }
        expect(TokenKind.RPAREN, "to close the `(` at line " + open.line());
        return args;
    }

    /** {@code with a as 1 and b as 2}. */
    private List<Arg> parseNaturalArguments() {
        advance(); // with
        List<Arg> args = new ArrayList<>();
        do {
            Token name = expectName("an argument name");
            expect(Keyword.AS, "after the argument name `" + name.text() + "`");
            args.add(new Arg(pos(name), name.text(), parseExpression()));
        } while (accept(Keyword.AND));
        return args;
    }

    private Expr parsePrimary() {
        Token t = peek();
        Pos p = pos(t);
        switch (t.kind()) {
            case INTEGER -> {
                advance();
                if (t.value() == null) {
                    errorAt(t, "integer literal `" + t.text() + "` is too large (the largest Integer is 9223372036854775807)");
                    return new Expr.Error(p);
                }
                return new Expr.IntLit(p, (Long) t.value());
            }
            case DECIMAL -> {
                advance();
                return new Expr.DecLit(p, (Double) t.value());
            }
            case TEXT -> {
                advance();
                return new Expr.TextLit(p, (String) t.value());
            }
            case IDENTIFIER -> {
                return parseIdentifierPrimary(t);
            }
            case LPAREN -> {
                return inBrackets(() -> isLambdaAhead() ? parseLambda() : parseParenthesised());
            }
            case LBRACKET -> {
                return inBrackets(this::parseList);
            }
            case LBRACE -> {
                return inBrackets(() -> new CollectionLiteralParser(this).parseBraces(p));
            }
            case KEYWORD -> {
                return parseKeywordPrimary(t);
            }
            case ERROR -> {
                advance();
                throw ParseError.INSTANCE; // reported by the lexer; the statement is skipped
            }
            default -> throw errorHere("expression expected, found " + t.describe());
        }
    }

    private Expr parseIdentifierPrimary(Token t) {
        Pos p = pos(t);
        if (peek(1).is(Keyword.OF)) {
            if (t.isWord("length") || t.isWord("type")) {
                advance();
                advance();
                Expr operand = parsePostfix();
                return t.isWord("length") ? new Expr.LengthOf(p, operand) : new Expr.TypeOf(p, operand);
            }
            return parseConstruct();
        }
        advance();
        return new Expr.Name(p, t.text());
    }

    /** {@code List of Integer()}, {@code Map of Text to Integer()}, {@code Channel of Integer(16)}. */
    private Expr parseConstruct() {
        Pos p = here();
        TypeRef type = parseType();
        if (!at(TokenKind.LPAREN)) {
            throw errorHere("`(` expected to construct a `" + type.display() + "`, found " + peek().describe());
        }
        return new Expr.Construct(p, type, parseArguments());
    }

    private Expr parseKeywordPrimary(Token t) {
        Pos p = pos(t);
        switch (t.keyword()) {
            case TRUE -> { advance(); return new Expr.BoolLit(p, true); }
            case FALSE -> { advance(); return new Expr.BoolLit(p, false); }
            case NULL, NONE -> { advance(); return new Expr.NullLit(p); }
            case SELF -> { advance(); return new Expr.SelfRef(p); }
            case SUPER -> {
                advance();
                if (!at(TokenKind.DOT)) {
                    throw errorHere("`.` expected after `Super` (as in `Super.initialize(...)`), found " + peek().describe());
                }
                return new Expr.SuperRef(p);
            }
            case SET -> {
                if (peek(1).is(Keyword.OF)) {
                    return parseConstruct();
                }
                if (peek(1).is(TokenKind.LBRACE)) {
                    advance();
                    return new CollectionLiteralParser(this).parseBraces(here());
                }
                throw errorHere("`Set` starts a statement (`Set x to 5`) or a type (`Set of Integer()`), not an expression here");
            }
            case AWAIT -> {
                advance();
                return new Expr.Await(p, parsePostfix());
            }
            case ASK -> {
                return parseAsk();
            }
            default -> {
                throw errorHere("expression expected, found `" + t.text() + "`"
                        + (t.keyword().ordinal() <= Keyword.SUPER.ordinal() ? " (a reserved word)" : ""));
            }
        }
    }

    /** {@code Ask actor for message(args) [within N ms]}. */
    private Expr parseAsk() {
        Pos p = pos(advance());
        Expr actor = parsePostfix();
        expect(Keyword.FOR, "after the actor in `Ask ... for message()`");
        Token message = expectName("a message name");
        List<Arg> args = at(TokenKind.LPAREN) ? parseArguments() : List.of();
        Expr timeout = null;
        if (atWord("within")) {
            advance();
            timeout = parsePostfix();
            if (atWord("ms") || atWord("milliseconds")) {
                advance();
            } else {
                throw errorHere("`ms` expected after the time limit of `Ask ... within`, found " + peek().describe());
            }
        }
        return new Expr.Ask(p, actor, message.text(), args, timeout);
    }

    private Expr parseList() {
        Token open = advance();
        List<Expr> elements = new ArrayList<>();
        while (!at(TokenKind.RBRACKET)) {
            elements.add(parseExpression());
            if (!accept(TokenKind.COMMA)) {
                break;
            }
        }
        expect(TokenKind.RBRACKET, "to close the `[` at line " + open.line());
        return new Expr.ListLit(pos(open), List.copyOf(elements));
    }

    private Expr parseParenthesised() {
        Token open = advance();
        if (at(TokenKind.RPAREN)) {
            throw errorHere("expression expected inside `( )`");
        }
        Expr first = parseExpression();
        if (!at(TokenKind.COMMA)) {
            expect(TokenKind.RPAREN, "to close the `(` at line " + open.line());
            if (first instanceof Expr.Unary) {
                parenthesised.add(first);
            }
            return first;
        }
        List<Expr> elements = new ArrayList<>();
        elements.add(first);
        while (accept(TokenKind.COMMA) && !at(TokenKind.RPAREN)) {
            elements.add(parseExpression());
        }
        expect(TokenKind.RPAREN, "to close the `(` at line " + open.line());
        return new Expr.TupleLit(pos(open), List.copyOf(elements));
    }

    /** Whether the {@code (} here opens a lambda's parameter list: its matching {@code )} is followed by {@code =>}. */
    private boolean isLambdaAhead() {
        int depth = 0;
        for (int i = index; i < tokens.size(); i++) {
            TokenKind k = tokens.get(i).kind();
            if (k == TokenKind.LPAREN) {
                depth++;
            } else if (k == TokenKind.RPAREN) {
                if (--depth == 0) {
                    return i + 1 < tokens.size() && tokens.get(i + 1).is(TokenKind.ARROW);
                }
            } else if (k == TokenKind.NEWLINE || k == TokenKind.EOF) {
                return false;
            }
        }
        return false;
    }

    private Expr parseLambda() {
        Pos p = here();
        var params = parseParameterList();
        expect(TokenKind.ARROW, "after the lambda's parameters");
        return new Expr.Lambda(p, params, parseExpression());
    }

    /** {@code ( [param {, param}] )}; defined with the declarations, shared with lambdas. */
    abstract List<org.runavm.compiler.frontend.ast.Param> parseParameterList();
}
