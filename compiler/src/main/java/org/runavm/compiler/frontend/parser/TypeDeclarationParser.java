package org.runavm.compiler.frontend.parser;

import java.util.ArrayList;
import java.util.List;
import org.runavm.compiler.frontend.ast.Block;
import org.runavm.compiler.frontend.ast.Expr;
import org.runavm.compiler.frontend.ast.Param;
import org.runavm.compiler.frontend.ast.Pos;
import org.runavm.compiler.frontend.ast.ProcessKind;
import org.runavm.compiler.frontend.ast.Stmt;
import org.runavm.compiler.frontend.ast.TypeRef;
import org.runavm.compiler.frontend.diag.DiagnosticSink;
import org.runavm.compiler.frontend.lexer.Keyword;
import org.runavm.compiler.frontend.lexer.Token;
import org.runavm.compiler.frontend.lexer.TokenKind;

/**
 * {@code Class X [extends P] [with]} and {@code Actor called X} bodies: {@code Field}s, methods
 * and {@code On Message} handlers. Any other statement in a body is reported, then parsed and
 * dropped, so its blocks do not confuse the {@code End} matching.
 */
abstract class TypeDeclarationParser extends DeclarationParser {

    TypeDeclarationParser(List<Token> tokens, DiagnosticSink sink) {
        super(tokens, sink);
    }

    @Override
    final Stmt parseClass(boolean isPrivate) {
        Token header = advance();
        OpenBlock b = openBlock("Class", header, NO_CONTINUATIONS);
        String name = "_";
        String parent = null;
        Pos parentPos = null;
        try {
            accept(Keyword.CALLED);
            name = expectName("a class name").text();
            if (accept(Keyword.EXTENDS)) {
                Token p = expectName("the parent class's name");
                parent = p.text();
                parentPos = pos(p);
                // extends m.Benchmark: a class of a module imported with Import "m.runa" as m
                if (accept(TokenKind.DOT)) {
                    parent += "." + expectName("the name of a class of module `" + parent + "`").text();
                }
            }
            accept(Keyword.WITH);
        } catch (ParseError e) {
            syncToLineEnd();
        }
        expectHeaderEnd("Class", false);
        List<Stmt.FieldDecl> fields = new ArrayList<>();
        List<Stmt.ProcessDecl> methods = new ArrayList<>();
        parseMembers("Class", fields, methods, ProcessKind.METHOD);
        expectEnd(b);
        return new Stmt.ClassDecl(pos(header), name, parent, parentPos, List.copyOf(fields), List.copyOf(methods), isPrivate);
    }

    @Override
    final Stmt parseActor(boolean isPrivate) {
        Token header = advance();
        OpenBlock b = openBlock("Actor", header, NO_CONTINUATIONS);
        String name = "_";
        try {
            accept(Keyword.CALLED);
            name = expectName("an actor name").text();
        } catch (ParseError e) {
            syncToLineEnd();
        }
        expectHeaderEnd("Actor", false);
        List<Stmt.FieldDecl> fields = new ArrayList<>();
        List<Stmt.ProcessDecl> members = new ArrayList<>();
        parseMembers("Actor", fields, members, ProcessKind.ACTOR_METHOD);
        expectEnd(b);
        return new Stmt.ActorDecl(pos(header), name, List.copyOf(fields), List.copyOf(members), isPrivate);
    }

    private void parseMembers(String owner, List<Stmt.FieldDecl> fields, List<Stmt.ProcessDecl> methods, ProcessKind kind) {
        while (true) {
            skipNewlines();
            if (at(Keyword.END) || at(TokenKind.EOF) || sink.full()) {
                return;
            }
            try {
                if (at(Keyword.FIELD)) {
                    fields.add(parseField());
                } else if (at(Keyword.PRIVATE) && isProcessStart(peek(1))) {
                    advance();
                    methods.add(parseProcess(kind, true));
                } else if (isProcessStart(peek())) {
                    methods.add(parseProcess(kind, false));
                } else if (owner.equals("Actor") && atWord("On") && peek(1).isWord("Message")) {
                    methods.add(parseHandler());
                } else {
                    errorHere("only `Field` and `Process` declarations"
                            + (owner.equals("Actor") ? " and `On Message` handlers" : "")
                            + " can appear in " + (owner.equals("Actor") ? "an" : "a") + " `" + owner + "`");
                    parseStatementRecovering();
                }
            } catch (ParseError e) {
                syncToLineEnd();
                accept(TokenKind.NEWLINE);
            }
        }
    }

    private static boolean isProcessStart(Token t) {
        return t.is(Keyword.PROCESS) || t.is(Keyword.ASYNC) || t.is(Keyword.GENERATOR);
    }

    /** {@code Field name [as TYPE] [= default]}. */
    private Stmt.FieldDecl parseField() {
        Pos p = pos(advance());
        Token name = expectName("a field name");
        TypeRef type = accept(Keyword.AS) ? parseType() : null;
        Expr def = accept(TokenKind.ASSIGN) || accept(Keyword.BE) ? parseExpression() : null;
        expectLineEnd("the `Field` declaration");
        return new Stmt.FieldDecl(p, name.text(), type, def);
    }

    /** {@code On Message name(params) [returns T]} ... {@code End On}. */
    private Stmt.ProcessDecl parseHandler() {
        Token on = advance();
        advance(); // Message
        OpenBlock b = openBlock("On", on, NO_CONTINUATIONS);
        String name = "_";
        List<Param> params = List.of();
        TypeRef returns = null;
        try {
            name = parseProcessName();
            if (at(TokenKind.LPAREN)) {
                params = parseHeaderParameters();
            }
            if (accept(Keyword.RETURNS)) {
                returns = parseType();
            }
        } catch (ParseError e) {
            syncToLineEnd();
        }
        expectHeaderEnd("On Message", false);
        Block body = parseBlock(b);
        expectEnd(b);
        return new Stmt.ProcessDecl(pos(on), name, params, returns, body, ProcessKind.MESSAGE, false, false, false);
    }
}
