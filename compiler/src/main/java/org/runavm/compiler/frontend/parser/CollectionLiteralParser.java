package org.runavm.compiler.frontend.parser;

import java.util.ArrayList;
import java.util.List;
import org.runavm.compiler.frontend.ast.Expr;
import org.runavm.compiler.frontend.ast.Pos;
import org.runavm.compiler.frontend.lexer.TokenKind;

/**
 * Brace literals: {@code {}} (an empty Map), {@code {k: v, ...}} (a Map) and {@code {a, b}} (a
 * Set, also written {@code Set{a, b}} as Display prints it). The first element decides which.
 */
final class CollectionLiteralParser {

    private final ExpressionParser p;

    CollectionLiteralParser(ExpressionParser parser) {
        this.p = parser;
    }

    Expr parseBraces(Pos pos) {
        var open = p.expect(TokenKind.LBRACE, "to start a Map or Set");
        String closeWhat = "to close the `{` at line " + open.line();
        if (p.accept(TokenKind.RBRACE)) {
            return new Expr.MapLit(pos, List.of());
        }
        Expr first = p.parseExpression();
        if (p.at(TokenKind.COLON)) {
            return parseMapRest(pos, first, closeWhat);
        }
        List<Expr> elements = new ArrayList<>();
        elements.add(first);
        while (p.accept(TokenKind.COMMA) && !p.at(TokenKind.RBRACE)) {
            elements.add(p.parseExpression());
        }
        p.expect(TokenKind.RBRACE, closeWhat);
        return new Expr.SetLit(pos, List.copyOf(elements));
    }

    private Expr parseMapRest(Pos pos, Expr firstKey, String closeWhat) {
        List<Expr.MapEntry> entries = new ArrayList<>();
        Expr key = firstKey;
        while (true) {
            p.expect(TokenKind.COLON, "between a Map key and its value");
            entries.add(new Expr.MapEntry(key.pos(), key, p.parseExpression()));
            if (!p.accept(TokenKind.COMMA) || p.at(TokenKind.RBRACE)) {
                break;
            }
            key = p.parseExpression();
        }
        p.expect(TokenKind.RBRACE, closeWhat);
        return new Expr.MapLit(pos, List.copyOf(entries));
    }
}
