package org.runavm.compiler.frontend;

import java.util.List;
import org.runavm.compiler.frontend.ast.Program;
import org.runavm.compiler.frontend.diag.DiagnosticSink;
import org.runavm.compiler.frontend.fold.ConstantFolder;
import org.runavm.compiler.frontend.parser.Parser;
import org.runavm.compiler.frontend.resolve.Resolution;
import org.runavm.compiler.frontend.resolve.Resolver;
import org.runavm.kernel.compile.CompilationException;
import org.runavm.kernel.compile.CompileOptions;
import org.runavm.kernel.compile.Diagnostic;
import org.runavm.kernel.compile.SourceFile;

/**
 * The compiler front end: source text to a checked AST.
 *
 * <p>Phases: lex and parse ({@link Parser}), fold constants ({@link ConstantFolder}, at optimize
 * level 1 and above), resolve names and check the statement rules ({@link Resolver}). Every phase
 * runs even when an earlier one found errors, so one compilation reports every error of the file
 * (up to {@link DiagnosticSink#LIMIT}); the parser's recovery keeps later phases from reporting
 * consequences of a syntax error. The class is stateless and thread-safe.
 */
public final class FrontEnd {

    /** Checks one file; throws with every error found when there is at least one. */
    public CheckedProgram check(SourceFile source, CompileOptions options) throws CompilationException {
        DiagnosticSink sink = new DiagnosticSink(source.path());
        Program program = Parser.parse(source.path(), source.text(), sink);
        if (options.optimizeLevel() >= 1) {
            program = new ConstantFolder().fold(program);
        }
        Resolution resolution = sink.full() ? null : Resolver.resolve(program, sink);
        if (sink.hasErrors()) {
            throw new CompilationException(sink.sorted());
        }
        return new CheckedProgram(source, program, resolution, sink.warnings());
    }

    /** Renders diagnostics as {@code runa compile} prints them: each with its source line and caret. */
    public static String render(SourceFile source, List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(d.format(source.line(d.line()))).append('\n');
        }
        return out.toString();
    }
}
