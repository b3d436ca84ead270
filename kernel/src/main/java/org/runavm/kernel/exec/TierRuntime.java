package org.runavm.kernel.exec;

import org.osgi.annotation.versioning.ProviderType;
import org.runavm.kernel.heap.HeapMemory;

/**
 * What a baseline tier's compiled code asks of the engine that runs it: the value stack it works on,
 * and every instruction it does not do inline. One per mutator thread; calls refer to the frame on top
 * of the engine's stack.
 *
 * <p>The frame layout is the engine's: the frame's slots start at {@link #base()}, its locals first
 * ({@code FunctionInfo.frameSize()} of them) and its operand stack above, so the stack pointer before
 * an instruction is {@code base() + frameSize + depth} with the depth {@code StackDepths} computes.
 * A value is a tag byte and a 64-bit payload in two parallel arrays. Compiled code re-reads
 * {@link #payloads()} and {@link #tags()} after every call into the runtime (a call may have grown
 * them) and keeps no heap address in a JVM local across one (a collection may have moved the object).
 *
 * <p>Every method taking {@code pc} and {@code sp} first records them as the frame's position and
 * stack pointer, so errors name the right line and the collector sees the frame's values.
 */
@ProviderType
public interface TierRuntime {
    /** The payloads of the value stack. */
    long[] payloads();

    /** The tags of the value stack. */
    byte[] tags();

    /** The first slot of the top frame. */
    int base();

    /** The heap, for inline reads of objects (shapes, slots). */
    HeapMemory memory();

    /**
     * Executes the instruction at {@code pc} as the engine would.
     *
     * @return the offset the frame goes on at (the next instruction, a branch target, or an error
     *     handler of this frame), or -1 when the frame is no longer on top (the compiled code then
     *     returns {@link CompiledFunction#SUSPENDED}); an error no handler of this frame catches
     *     propagates as an exception, with the frame popped
     */
    int step(int pc, int sp);

    /** LOAD_GLOBAL or LOAD_GLOBAL_IC at {@code pc}: pushes the global at {@code sp}. */
    void loadGlobal(int pc, int sp);

    /**
     * LOAD_CONST at {@code pc} of a constant compiled code cannot hold itself (a Text, which lives in
     * the heap, or a List or Map constant, of which every load is a fresh copy): pushes it at {@code sp}.
     */
    void loadConstant(int pc, int sp);

    /** NEW_LIST, NEW_TUPLE, NEW_SET or NEW_MAP at {@code pc}: the elements below {@code sp} become one object. */
    void build(int pc, int sp);

    /** GET_FIELD or GET_FIELD_IC at {@code pc} on the object below {@code sp}. */
    void getField(int pc, int sp);

    /** SET_FIELD or SET_FIELD_IC at {@code pc}: the object and the value below {@code sp}. */
    void setField(int pc, int sp);

    /** CHECK_TYPE at {@code pc} on the value below {@code sp}: returns if it passes, raises TypeError if not. */
    void checkType(int pc, int sp);

    /**
     * A call instruction at {@code pc}, arguments below {@code sp}.
     *
     * @return {@link CompiledFunction#RETURNED} when the call finished here (the result is in place
     *     and the code goes on with the next instruction), {@link CompiledFunction#SUSPENDED} when a
     *     frame was pushed or this frame was replaced (the code returns SUSPENDED)
     */
    int call(int pc, int sp);

    /**
     * CALL_KNOWN of function {@code functionId} with {@code argc} arguments below {@code sp}: pushes its
     * frame when that needs no more than that (a plain function given all its parameters).
     *
     * @return the offset the callee starts at when its frame was pushed and the caller should run its
     *     compiled code now ({@link #calleeCode()}, then {@link #leave()}); -1 when the frame was pushed
     *     but the caller must return {@link CompiledFunction#SUSPENDED} (the callee is interpreted, or
     *     the engine wants control back); -2 when nothing was pushed and the caller uses {@link #call}
     */
    int enterKnown(int functionId, int argc, int pc, int sp);

    /**
     * CALL_METHOD_IC at {@code pc} whose method cache {@code cache} holds the method for the receiver's
     * class, with the receiver and {@code argc} arguments below {@code sp}: pushes the method's frame
     * as {@link #enterKnown} does, with the same results (-2 on a cache miss or anything else).
     */
    int enterMethod(int cache, int argc, int pc, int sp);

    /** The compiled code of the frame {@link #enterKnown} or {@link #enterMethod} just pushed. */
    CompiledFunction calleeCode();

    /** After running a callee's compiled code that {@link #enterKnown} or {@link #enterMethod} allowed. */
    void leave();

    /**
     * RETURN (or RETURN_NULL when {@code nullResult}) from the top frame; the value is below {@code sp}.
     *
     * @return what the compiled code returns: {@link CompiledFunction#RETURNED}, or
     *     {@link CompiledFunction#SUSPENDED} when the engine goes on elsewhere
     */
    int ret(int sp, boolean nullResult);

    /**
     * A backward jump to {@code target}: a safepoint, and the loop counted; {@code instructions} is
     * the loop body's length in instructions, which the instruction budget is charged.
     *
     * @return true when the engine wants control back: the frame is left at {@code target} and the
     *     code returns {@link CompiledFunction#SUSPENDED}
     */
    boolean backEdge(int target, int sp, int instructions);
}
