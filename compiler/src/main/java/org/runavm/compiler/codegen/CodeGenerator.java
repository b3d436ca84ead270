package org.runavm.compiler.codegen;

import org.runavm.compiler.frontend.CheckedProgram;
import org.runavm.compiler.frontend.ast.Block;
import org.runavm.kernel.bytecode.Header;
import org.runavm.kernel.bytecode.MetadataEntry;
import org.runavm.kernel.bytecode.ProgramBuilder;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.compile.CompilationException;
import org.runavm.kernel.compile.CompileOptions;
import org.runavm.kernel.compile.Diagnostic;

/**
 * Code generation: a checked program to a {@link ProgramImage} in the {@code .runab} 1.2 model.
 *
 * <p>Function 0 is the file's top level. Processes, classes, actors, external processes,
 * {@code Define}s, imports and the top-level variables that some process uses are globals; the
 * other top-level variables are locals of function 0. The output is deterministic (timestamp
 * zero), so compiling the same source twice gives the same bytes. The class is stateless and
 * thread-safe; each call builds its own tables.
 */
public final class CodeGenerator {

    /** The version recorded in the metadata section. */
    public static final String COMPILER_VERSION = "runavm-compiler 0.1.0";

    /** Generates the image; throws when the program uses something code generation cannot express. */
    public ProgramImage generate(CheckedProgram checked, CompileOptions options) throws CompilationException {
        ProgramBuilder program = new ProgramBuilder();
        String path = checked.source().path();
        int fileId = options.debugInfo() ? program.sourceFile(path) : 0;
        Block body = checked.ast().body();
        ProgramBuilder.FunctionBuilder entry = program.function("<main>");
        Units units = new Units(checked.resolution(), program);
        units.functions.put(body, entry);
        units.scan(body);
        TypeTable types = new TypeTable(program);
        types.reserve(units.types);
        types.define(units.types, units);
        Generation gen = new Generation(program, checked.resolution(), units, types, options.optimizeLevel(),
                options.debugInfo(), fileId, path);
        try {
            gen.compileEntry(body, entry);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // An operand that does not fit its encoding (more than 255 arguments, 65,535 locals...).
            gen.errors.add(Diagnostic.error(path, 1, 1, "the program is too large for the bytecode format: "
                    + e.getMessage()));
        }
        if (!gen.errors.isEmpty()) {
            throw new CompilationException(gen.errors);
        }
        int flags = 0;
        if (options.debugInfo()) {
            flags |= Header.HAS_DEBUG_INFO;
            program.metadata(MetadataEntry.text(MetadataEntry.SOURCE_PATH, path));
        }
        if (options.optimizeLevel() >= 1) {
            flags |= Header.OPTIMIZED;
        }
        if (gen.usesFfi) {
            flags |= Header.REQUIRES_FFI;
        }
        program.flags(flags);
        program.metadata(MetadataEntry.text(MetadataEntry.COMPILER_VERSION, COMPILER_VERSION));
        program.metadata(MetadataEntry.text(MetadataEntry.OPTIMIZATION_LEVEL,
                Integer.toString(options.optimizeLevel())));
        return program.build();
    }
}
