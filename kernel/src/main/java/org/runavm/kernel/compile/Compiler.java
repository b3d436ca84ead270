package org.runavm.kernel.compile;

import org.osgi.annotation.versioning.ProviderType;
import org.runavm.kernel.bytecode.ProgramImage;

/** Compiles Runa source to a program image. Provided by the compiler bundle. */
@ProviderType
public interface Compiler {
    /**
     * Compiles {@code source}.
     *
     * @throws CompilationException with every diagnostic of the file (up to a limit)
     */
    ProgramImage compile(SourceFile source, CompileOptions options) throws CompilationException;
}
