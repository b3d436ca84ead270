package org.runavm.kernel.exec;

import java.lang.invoke.MethodType;
import org.runavm.kernel.bytecode.ProgramImage;

/**
 * A hot function offered to a {@link TierCompiler}.
 *
 * @param program the verified program the function belongs to
 * @param functionId the function's id in the program
 * @param callingConvention the type the compiled entry point must have: the engine's frame layout,
 *     so compiled code and interpreter frames can be exchanged (deoptimization)
 * @param profile what the engine observed while interpreting it
 */
public record CompilationRequest(ProgramImage program, int functionId, MethodType callingConvention, FunctionProfile profile) {
}
