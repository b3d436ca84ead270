package org.runavm.engine.interpreter.internal;

import org.runavm.kernel.heap.Mutator;
import org.runavm.kernel.heap.Slots;
import org.runavm.kernel.value.Tag;

/**
 * Generators by frame copying. Calling a {@code Generator Process} sets up its frame as usual, then
 * moves the frame's slots into a generator object and returns that. {@code For each} resumes it:
 * the saved slots go back onto the value stack as a frame (marked {@link #FRAME} as its result slot)
 * that runs in the dispatch loop like any other; {@code YIELD} copies the frame out again and hands
 * the value to the waiting FOR_ITER; {@code RETURN} marks the generator finished and makes FOR_ITER
 * take its exit. The object is sized for the whole frame when created, so suspending never allocates.
 *
 * <p>Layout (value object): 0 the callee (function or closure), 1 the pc to resume at (-1 when
 * finished), 2 the number of saved slots, 3 the passed-parameter mask, then the saved slots.
 * While a generator runs, the slot below its callee holds the generator itself.
 */
final class Generators {
    /** The result-slot marker of a running generator's frame. */
    static final int FRAME = Integer.MIN_VALUE;
    private static final int CALLEE = 0;
    private static final int PC = 1;
    private static final int COUNT = 2;
    private static final int MASK = 3;
    private static final int SAVED = 4;

    private Generators() {
    }

    static boolean isGenerator(Vm vm, byte tag, long payload) {
        return tag == Tag.REF && Slots.shape(vm.mem, payload) == EngineShapes.GENERATOR;
    }

    /** Turns the frame just pushed at depth {@code d} into a generator object in the frame's result slot. */
    static void create(Vm vm, Fn f, int d) {
        ValueStack st = vm.st;
        Mutator mut = vm.mut;
        int base = st.fBase[d];
        long gen = mut.allocateValues(EngineShapes.GENERATOR, SAVED + (long) f.frameSize + f.maxStack + 1);
        int closure = st.fClosure[d];
        if (closure >= 0) {
            mut.store(gen, CALLEE, st.t[closure], st.p[closure]);
        } else {
            mut.store(gen, CALLEE, Tag.IMMEDIATE, Imm.of(Imm.FUNCTION, f.index));
        }
        mut.store(gen, PC, Tag.INTEGER, f.start);
        mut.store(gen, COUNT, Tag.INTEGER, f.frameSize);
        mut.store(gen, MASK, Tag.INTEGER, st.fArgs[d]);
        for (int i = 0; i < f.frameSize; i++) {
            mut.store(gen, SAVED + i, st.t[base + i], st.p[base + i]);
        }
        int rs = st.fResult[d];
        st.depth = d - 1;
        int slot = rs >= 0 ? rs : ~rs;
        if (rs >= 0) {
            st.t[slot] = Tag.REF;
            st.p[slot] = gen;
        }
        st.sp = slot + 1;
    }

    /**
     * FOR_ITER on the generator in slot {@code s}: pushes its frame and returns true, or returns false
     * when it has finished. The caller's pc must be the FOR_ITER instruction.
     */
    static boolean resume(Vm vm, int s) {
        ValueStack st = vm.st;
        long gen = st.p[s];
        long pc = Slots.payload(vm.mem, gen, PC);
        if (pc < 0) {
            return false;
        }
        byte ct = Slots.tag(vm.mem, gen, CALLEE);
        long cp = Slots.payload(vm.mem, gen, CALLEE);
        Fn f = ValueMethods.function(vm, ct, cp);
        int n = (int) Slots.payload(vm.mem, gen, COUNT);
        int d = st.depth + 1;
        if (d > vm.maxDepth) {
            throw new RunaException("StackOverflowError", "maximum call depth of " + vm.maxDepth + " frames exceeded in "
                    + f.name);
        }
        int a = st.sp;
        int base = a + 2;
        st.ensureSlots(base + f.frameSize + f.maxStack + 2);
        st.t[a] = Tag.REF;
        st.p[a] = gen;
        st.t[a + 1] = ct;
        st.p[a + 1] = cp;
        for (int i = 0; i < n; i++) {
            st.t[base + i] = Slots.tag(vm.mem, gen, SAVED + i);
            st.p[base + i] = Slots.payload(vm.mem, gen, SAVED + i);
        }
        int sp = base + n;
        if (pc != f.start) {
            st.t[sp] = Tag.NULL; // the result of the YIELD being resumed
            st.p[sp++] = 0;
        }
        st.ensureFrames(d);
        st.fFn[d] = f;
        st.fBase[d] = base;
        st.fPc[d] = (int) pc;
        st.fResult[d] = FRAME;
        st.fClosure[d] = ct == Tag.REF ? a + 1 : -1;
        st.fArgs[d] = Slots.payload(vm.mem, gen, MASK);
        st.depth = d;
        st.sp = sp;
        return true;
    }

    /** YIELD in the generator frame at {@code d}: saves it, pops it, and delivers the value to FOR_ITER. */
    static void yield(Vm vm, int d, int sp, int pc) {
        ValueStack st = vm.st;
        if (st.fResult[d] != FRAME) {
            throw RunaException.typeError("Yield outside a running generator");
        }
        int base = st.fBase[d];
        int genSlot = base - 2;
        long gen = st.p[genSlot];
        int n = sp - 1 - base;
        for (int i = 0; i < n; i++) {
            vm.mut.store(gen, SAVED + i, st.t[base + i], st.p[base + i]);
        }
        vm.mut.store(gen, COUNT, Tag.INTEGER, n);
        vm.mut.store(gen, PC, Tag.INTEGER, pc + Op.LEN[Op.YIELD]);
        st.t[genSlot] = st.t[sp - 1];
        st.p[genSlot] = st.p[sp - 1];
        st.sp = genSlot + 1;
        st.depth = d - 1;
        st.fPc[d - 1] += Op.LEN[Op.FOR_ITER];
    }

    /** RETURN in the generator frame at {@code d}: the generator is finished and FOR_ITER exits its loop. */
    static void finish(Vm vm, int d) {
        ValueStack st = vm.st;
        int genSlot = st.fBase[d] - 2;
        vm.mut.store(st.p[genSlot], PC, Tag.INTEGER, -1);
        st.sp = genSlot;
        st.depth = d - 1;
        Fn caller = st.fFn[d - 1];
        int forIter = st.fPc[d - 1];
        st.fPc[d - 1] = forIter + Interpreter.s32(caller.code, forIter + 3);
    }

    /** Marks the generator of a frame an error unwinds through as finished. */
    static void abandon(Vm vm, int d) {
        vm.mut.store(vm.st.p[vm.st.fBase[d] - 2], PC, Tag.INTEGER, -1);
    }
}
