package org.runavm.compiler.frontend;

import java.util.List;
import org.runavm.compiler.frontend.ast.Program;
import org.runavm.compiler.frontend.resolve.Resolution;
import org.runavm.kernel.compile.Diagnostic;
import org.runavm.kernel.compile.SourceFile;

/**
 * The front end's output for a file without errors: the (constant-folded) AST, what every name in
 * it refers to, and any warnings. This is the input of code generation.
 */
public record CheckedProgram(SourceFile source, Program ast, Resolution resolution, List<Diagnostic> warnings) {
}
