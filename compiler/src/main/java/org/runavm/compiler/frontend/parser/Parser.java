package org.runavm.compiler.frontend.parser;

import java.util.ArrayList;
import java.util.List;
import org.runavm.compiler.frontend.ast.Block;
import org.runavm.compiler.frontend.ast.Pos;
import org.runavm.compiler.frontend.ast.Program;
import org.runavm.compiler.frontend.ast.Stmt;
import org.runavm.compiler.frontend.diag.DiagnosticSink;
import org.runavm.compiler.frontend.lexer.Keyword;
import org.runavm.compiler.frontend.lexer.Lexer;
import org.runavm.compiler.frontend.lexer.Token;
import org.runavm.compiler.frontend.lexer.TokenKind;

/**
 * The Runa parser: recursive descent over the {@link Lexer}'s tokens, producing a {@link Program}.
 *
 * <p>The grammar is split by layer, each an abstract class extending the one below:
 * {@link TokenCursor} (cursor, errors) &lt; {@link TypeParser} &lt; {@link ExpressionParser} &lt;
 * {@link BlockParser} (blocks, {@code End} recovery) &lt; {@link StatementParser} &lt;
 * {@link ControlFlowParser} &lt; {@link DeclarationParser} &lt; {@link TypeDeclarationParser}.
 * Errors go to the {@link DiagnosticSink}; parsing always completes and returns the statements
 * it could read.
 */
public final class Parser extends TypeDeclarationParser {

    private Parser(List<Token> tokens, DiagnosticSink sink) {
        super(tokens, sink);
    }

    /** Lexes and parses one file. */
    public static Program parse(String file, String source, DiagnosticSink sink) {
        List<Token> tokens = new Lexer(source, sink).tokenize();
        return new Parser(tokens, sink).parseProgram(file);
    }

    private Program parseProgram(String file) {
        List<Stmt> statements = new ArrayList<>();
        while (true) {
            Block part = parseBlock(null);
            statements.addAll(part.statements());
            if (at(TokenKind.EOF) || sink.full()) {
                break;
            }
            if (at(Keyword.END)) {
                reportStrayEnd();
            }
        }
        return new Program(file, new Block(new Pos(1, 1), List.copyOf(statements)));
    }
}
