package org.runavm.compiler.internal;

import org.osgi.service.component.annotations.Component;
import org.runavm.compiler.codegen.CodeGenerator;
import org.runavm.compiler.frontend.CheckedProgram;
import org.runavm.compiler.frontend.FrontEnd;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.compile.CompilationException;
import org.runavm.kernel.compile.CompileOptions;
import org.runavm.kernel.compile.Compiler;
import org.runavm.kernel.compile.SourceFile;

/** The {@link Compiler} service: the front end, then code generation. Stateless. */
@Component(service = Compiler.class)
public final class RunaCompiler implements Compiler {

    private final FrontEnd frontEnd = new FrontEnd();
    private final CodeGenerator generator = new CodeGenerator();

    @Override
    public ProgramImage compile(SourceFile source, CompileOptions options) throws CompilationException {
        CheckedProgram checked = frontEnd.check(source, options);
        return generator.generate(checked, options);
    }
}
