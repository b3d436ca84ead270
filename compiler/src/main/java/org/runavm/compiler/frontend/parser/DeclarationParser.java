package org.runavm.compiler.frontend.parser;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
 * Processes (technical and natural headers, {@code Async}, {@code Generator}, {@code Private}),
 * parameters, and the statements that only declare: {@code Import}, {@code External},
 * {@code Send}. Classes and actors are in {@link TypeDeclarationParser}.
 */
abstract class DeclarationParser extends ControlFlowParser {

    static final Set<Keyword> NO_CONTINUATIONS = EnumSet.noneOf(Keyword.class);

    DeclarationParser(List<Token> tokens, DiagnosticSink sink) {
        super(tokens, sink);
    }

    abstract Stmt parseClass(boolean isPrivate);

    abstract Stmt parseActor(boolean isPrivate);

    @Override
    final Stmt parseDeclaration(boolean isPrivate) {
        if (at(Keyword.PRIVATE)) {
            Token p = advance();
            if (at(Keyword.PRIVATE)) {
                throw errorHere("`Private` is written once");
            }
            if (at(Keyword.DEFINE)) {
                return parseDefine(true);
            }
            if (!(at(Keyword.PROCESS) || at(Keyword.ASYNC) || at(Keyword.GENERATOR) || at(Keyword.CLASS) || at(Keyword.ACTOR))) {
                throw errorAt(p, "`Private` must be followed by `Process`, `Class`, `Actor` or `Define`");
            }
            return parseDeclaration(true);
        }
        if (at(Keyword.CLASS)) {
            return parseClass(isPrivate);
        }
        if (at(Keyword.ACTOR)) {
            return parseActor(isPrivate);
        }
        return parseProcess(ProcessKind.PLAIN, isPrivate);
    }

    /** {@code [Async|Generator] Process called NAME(params) [returns T]} or the natural header, then the body. */
    final Stmt.ProcessDecl parseProcess(ProcessKind kind, boolean isPrivate) {
        Token first = peek();
        boolean isAsync = accept(Keyword.ASYNC);
        boolean isGenerator = !isAsync && accept(Keyword.GENERATOR);
        Token header = expect(Keyword.PROCESS, "after `" + first.text() + "`");
        OpenBlock b = openBlock("Process", header, NO_CONTINUATIONS);
        String name = "_";
        List<Param> params = List.of();
        TypeRef returns = null;
        try {
            expect(Keyword.CALLED, "after `Process` (as in `Process called greet()`)");
            name = parseProcessName();
            params = parseProcessParameters();
            if (accept(Keyword.RETURNS)) {
                returns = parseType();
            }
        } catch (ParseError e) {
            syncToLineEnd();
        }
        expectHeaderEnd("Process", false);
        Block body = parseBlock(b);
        expectEnd(b);
        return new Stmt.ProcessDecl(pos(first), name, params, returns, body, kind, isAsync, isGenerator, isPrivate);
    }

    /** A process name: an identifier, or a text literal holding one ({@code Process called "greet"}). */
    final String parseProcessName() {
        Token t = peek();
        if (t.is(TokenKind.TEXT)) {
            advance();
            String name = (String) t.value();
            if (!isIdentifier(name)) {
                throw errorAt(t, "process name " + t.text() + " must be one word of letters, digits and `_`");
            }
            return name;
        }
        return expectName("a process name").text();
    }

    private List<Param> parseProcessParameters() {
        if (at(TokenKind.LPAREN)) {
            return parseHeaderParameters();
        }
        if (at(Keyword.THAT)) {
            advance();
            expect(Keyword.TAKES, "after `that` (as in `that takes name and greeting`)");
            List<Param> params = new ArrayList<>();
            andEndsItem = true;
            try {
                do {
                    params.add(parseParameter());
                } while (accept(Keyword.AND) || accept(TokenKind.COMMA));
            } finally {
                andEndsItem = false;
            }
            return List.copyOf(params);
        }
        return List.of();
    }

    @Override
    final List<Param> parseParameterList() {
        return parseParameterList(new ArrayList<>());
    }

    /**
     * The parameters of a declaration header. On a syntax error the parameters read so far are kept
     * (the error is reported, the rest of the line skipped), so the body does not report them as
     * undeclared.
     */
    final List<Param> parseHeaderParameters() {
        List<Param> params = new ArrayList<>();
        try {
            return parseParameterList(params);
        } catch (ParseError e) {
            syncToLineEnd();
            return List.copyOf(params);
        }
    }

    private List<Param> parseParameterList(List<Param> params) {
        Token open = expect(TokenKind.LPAREN, "to start the parameters");
        while (!at(TokenKind.RPAREN)) {
            params.add(parseParameter());
            if (!accept(TokenKind.COMMA)) {
                break;
            }
        }
        expect(TokenKind.RPAREN, "to close the `(` at line " + open.line());
        return List.copyOf(params);
    }

    /** {@code name [as TYPE] [= default]}. */
    private Param parseParameter() {
        Token name = expectName("a parameter name");
        TypeRef type = accept(Keyword.AS) ? parseType() : null;
        Expr def = accept(TokenKind.ASSIGN) ? parseExpression() : null;
        return new Param(pos(name), name.text(), type, def);
    }

    @Override
    final Stmt parseImport() {
        Pos p = pos(advance());
        if (atWord("module") && peek(1).is(TokenKind.TEXT)) {
            advance();
        }
        if (at(TokenKind.TEXT)) {
            Token module = advance();
            String alias = accept(Keyword.AS) ? expectName("a module alias").text() : null;
            return simple(new Stmt.Import(p, (String) module.value(), alias, List.of()), "the `Import`");
        }
        Token firstName = expectName("a module name or the names to import");
        if (!at(TokenKind.COMMA) && !at(Keyword.FROM)) {
            // `Import math`: the module named by a bare word.
            String alias = accept(Keyword.AS) ? expectName("a module alias").text() : null;
            return simple(new Stmt.Import(p, firstName.text(), alias, List.of()), "the `Import`");
        }
        List<Stmt.ImportedName> names = new ArrayList<>();
        names.add(new Stmt.ImportedName(pos(firstName), firstName.text()));
        while (accept(TokenKind.COMMA)) {
            Token n = expectName("a name to import");
            names.add(new Stmt.ImportedName(pos(n), n.text()));
        }
        expect(Keyword.FROM, "after the imported names (as in `Import sqrt, pi from \"math\"`)");
        Token module = expect(TokenKind.TEXT, "for the module's name");
        return simple(new Stmt.Import(p, (String) module.value(), null, List.copyOf(names)), "the `Import`");
    }

    @Override
    final Stmt parseExternal() {
        Pos p = pos(advance());
        if (atWord("Library")) {
            advance();
            Token lib = expect(TokenKind.TEXT, "after `External Library` (the library's name)");
            return simple(new Stmt.ExternalLibrary(p, (String) lib.value()), "the `External Library`");
        }
        expect(Keyword.PROCESS, "or `Library` after `External`");
        expect(Keyword.CALLED, "after `External Process`");
        String name = parseProcessName();
        List<Param> params = at(TokenKind.LPAREN) ? parseParameterList() : List.of();
        TypeRef returns = accept(Keyword.RETURNS) ? parseType() : null;
        expect(Keyword.FROM, "and the library (as in `from \"libc\"`) after the external process's signature");
        Token lib = expect(TokenKind.TEXT, "for the library's name");
        String symbol = null;
        if (accept(Keyword.AS)) {
            symbol = (String) expect(TokenKind.TEXT, "for the native symbol's name").value();
        }
        return simple(new Stmt.ExternalProcess(p, name, params, returns, (String) lib.value(), symbol),
                "the `External Process`");
    }

    @Override
    final Stmt parseSend() {
        Pos p = pos(advance());
        Token message = expectName("a message name");
        List<org.runavm.compiler.frontend.ast.Arg> args = at(TokenKind.LPAREN) ? parseArguments() : List.of();
        expect(Keyword.TO, "in `Send message(...) to actor`");
        return simple(new Stmt.Send(p, message.text(), args, parseExpression()), "the `Send`");
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty() || Keyword.lookup(s) != null) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean ok = i == 0 ? cp == '_' || Character.isLetter(cp) : cp == '_' || Character.isLetterOrDigit(cp);
            if (!ok) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }
}
