package org.runavm.compiler.frontend.parser;

import java.util.ArrayList;
import java.util.List;
import org.runavm.compiler.frontend.ast.Pos;
import org.runavm.compiler.frontend.ast.TypeRef;
import org.runavm.compiler.frontend.diag.DiagnosticSink;
import org.runavm.compiler.frontend.lexer.Keyword;
import org.runavm.compiler.frontend.lexer.Token;
import org.runavm.compiler.frontend.lexer.TokenKind;

/**
 * Type annotations: {@code Integer}, {@code Integer?}, {@code Optional of T}, {@code List of T},
 * {@code Map of K to V}, {@code Set of T}, {@code Task of T}, {@code math.Vector}. {@code of}
 * binds to the nearest type name, so {@code List of Map of Text to Integer} nests as expected.
 */
abstract class TypeParser extends TokenCursor {

    TypeParser(List<Token> tokens, DiagnosticSink sink) {
        super(tokens, sink);
    }

    /** Whether the current token can start a type annotation. */
    final boolean atTypeStart() {
        return at(TokenKind.IDENTIFIER) || at(Keyword.SET) || at(Keyword.NULL);
    }

    final TypeRef parseType() {
        Token first = peek();
        Pos pos = pos(first);
        String name;
        if (first.is(Keyword.SET)) {
            advance();
            name = "Set";
        } else if (first.is(Keyword.NULL)) {
            advance();
            name = "Null";
        } else {
            name = expectName("a type name").text();
            while (at(TokenKind.DOT) && peek(1).is(TokenKind.IDENTIFIER)) {
                advance();
                name = name + "." + advance().text();
            }
        }
        List<TypeRef> args = List.of();
        boolean optional = false;
        if (at(Keyword.OF)) {
            advance();
            TypeRef inner = parseType();
            if (name.equalsIgnoreCase("Optional")) {
                return withOptional(inner, true);
            }
            args = new ArrayList<>(2);
            args.add(inner);
            if (name.equals("Map")) {
                expect(Keyword.TO, "in `Map of KEY to VALUE`");
                args.add(parseType());
            }
            args = List.copyOf(args);
        }
        if (accept(TokenKind.QUESTION)) {
            optional = true;
        }
        return new TypeRef(pos, name, args, optional);
    }

    private static TypeRef withOptional(TypeRef t, boolean optional) {
        return new TypeRef(t.pos(), t.name(), t.arguments(), optional || t.optional());
    }
}
