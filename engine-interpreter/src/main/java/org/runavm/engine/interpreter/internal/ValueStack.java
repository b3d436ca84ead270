package org.runavm.engine.interpreter.internal;

import java.util.Arrays;
import org.runavm.kernel.heap.RootSource;
import org.runavm.kernel.heap.RootVisitor;

/**
 * One mutator thread's value stack and frame records: parallel {@code long[]} payloads and
 * {@code byte[]} tags holding every frame's locals and operand stack, and int arrays describing
 * each frame (Lua's CallInfo, kept as arrays so that a call allocates no Java object).
 *
 * <p>Invariants the collector relies on: every slot below {@link #sp} holds a valid value (a frame's
 * locals are set to null when it is pushed), and {@link #sp} is up to date whenever the thread
 * reaches a safepoint; the dispatch loop stores its cached stack pointer before any allocation, call
 * or poll. Slots at or above {@code sp} are never scanned, so stale references there are harmless.
 */
public final class ValueStack implements RootSource {
    long[] p;
    byte[] t;
    /** One past the last live slot. */
    int sp;

    /** Frame records, indexed by depth; depth 0 is unused so that "no frame" is 0. */
    /** The function each frame runs (an object, not an index: the dispatch loop reloads it on every return). */
    Fn[] fFn;
    int[] fBase;
    /** The pc of the instruction the frame is executing (a call, for a caller frame). */
    int[] fPc;
    /** The slot the frame's result goes to when it returns. */
    int[] fResult;
    /** The slot holding the frame's closure, or -1. */
    int[] fClosure;
    /** Bit i set when the caller passed parameter i (parameters past 63 always count as passed). */
    long[] fArgs;
    int depth;

    ValueStack(int initialSlots, int initialFrames) {
        p = new long[initialSlots];
        t = new byte[initialSlots];
        fFn = new Fn[initialFrames];
        fBase = new int[initialFrames];
        fPc = new int[initialFrames];
        fResult = new int[initialFrames];
        fClosure = new int[initialFrames];
        fArgs = new long[initialFrames];
    }

    /** Makes room for {@code slots} slots; the arrays may be replaced, so callers reload them. */
    void ensureSlots(int slots) {
        if (slots > p.length) {
            int size = Math.max(slots, p.length + (p.length >> 1));
            p = Arrays.copyOf(p, size);
            t = Arrays.copyOf(t, size);
        }
    }

    /** Makes room for frame record {@code d}. */
    void ensureFrames(int d) {
        if (d >= fFn.length) {
            int size = Math.max(d + 1, fFn.length * 2);
            fFn = Arrays.copyOf(fFn, size);
            fBase = Arrays.copyOf(fBase, size);
            fPc = Arrays.copyOf(fPc, size);
            fResult = Arrays.copyOf(fResult, size);
            fClosure = Arrays.copyOf(fClosure, size);
            fArgs = Arrays.copyOf(fArgs, size);
        }
    }

    /** Pushes a value at {@link #sp} (for Java code outside the dispatch loop). */
    /**
     * Whether a call of {@code f} with {@code argc} arguments can be pushed as frame {@code d} by
     * {@link #pushPlain}: a plain function given every parameter, within the depth limit, with room for
     * its frame (ending at {@code frameTop}) and operands without growing the stacks.
     */
    boolean fitsPlainCall(Fn f, int argc, int d, int frameTop, int maxDepth) {
        return argc == f.params && f.plain && d <= maxDepth && d < fFn.length && frameTop + f.maxStack + 2 <= p.length;
    }

    /**
     * Pushes the frame of a plain call of {@code f} with all its {@code argc} parameters at
     * {@code argStart} (its pc is set by the caller).
     */
    void pushPlain(Fn f, int argStart, int argc, int frameTop) {
        int d = depth + 1;
        fFn[d] = f;
        fBase[d] = argStart;
        fResult[d] = argStart;
        fClosure[d] = -1;
        fArgs[d] = argc >= 64 ? -1L : (1L << argc) - 1;
        depth = d;
        sp = frameTop;
    }

    void push(byte tag, long payload) {
        ensureSlots(sp + 1);
        t[sp] = tag;
        p[sp] = payload;
        sp++;
    }

    @Override
    public void scanRoots(RootVisitor visitor) {
        visitor.visitValues(p, t, 0, sp);
    }
}
