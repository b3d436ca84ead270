package org.runavm.kernel.exec;

import java.lang.invoke.MethodType;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The code a baseline tier compiled for one function: it runs the function's frame, which the engine
 * has on top of its stack, from a bytecode offset, in the engine's own frame layout (locals and
 * operands in the engine's value stack, see {@link TierRuntime}). Because nothing lives only in JVM
 * locals between instructions, the engine can stop using compiled code at any call boundary and
 * interpret the same frame on (deoptimization costs nothing), and compiled code can give control back
 * to the engine at any call or loop head without recursing on the JVM stack.
 */
@ConsumerType
public interface CompiledFunction {
    /** The frame returned: its result is in the caller's result slot and the frame is popped. */
    int RETURNED = 0;
    /**
     * The frame is still on the engine's stack (another frame was pushed above it, an instruction
     * slice ended, an error handler was entered): the engine goes on from the state it keeps.
     */
    int SUSPENDED = 1;
    /** {@code pc} is not an offset this code can start at; the engine interprets the frame. */
    int NOT_ENTRY = 2;

    /** The calling convention an engine asks a baseline tier for ({@code CompilationRequest}): {@link #run}'s type. */
    MethodType CALLING_CONVENTION = MethodType.methodType(int.class, TierRuntime.class, int.class);

    /**
     * Runs the top frame from the absolute code offset {@code pc} (the function's start, a resume
     * point after a call, a loop head or an error handler).
     *
     * @return {@link #RETURNED}, {@link #SUSPENDED} or {@link #NOT_ENTRY}
     */
    int run(TierRuntime rt, int pc);
}
