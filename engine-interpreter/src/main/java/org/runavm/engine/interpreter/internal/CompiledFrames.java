package org.runavm.engine.interpreter.internal;

import static org.runavm.engine.interpreter.internal.Interpreter.u16;

import org.runavm.kernel.exec.CompiledFunction;
import org.runavm.kernel.exec.TierRuntime;
import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.heap.Slots;
import org.runavm.kernel.heap.objects.Instances;
import org.runavm.kernel.value.Tag;

/**
 * The engine as compiled code sees it ({@link TierRuntime}), one per dispatch loop: compiled functions
 * run in the interpreter's frames, so every method here works on the frame on top of {@link ValueStack}
 * and does what the dispatch loop does for the same instruction, often by letting the loop execute it.
 *
 * <p>A compiled function calls a compiled function as a JVM call (the callee's frame is still pushed
 * on the value stack first), but only {@link #MAX_NESTING} deep: past that, and whenever the callee
 * is interpreted or the instruction slice is spent, the caller returns
 * {@link CompiledFunction#SUSPENDED} and the dispatch loop goes on from the value stack. So Runa
 * recursion never deepens the JVM stack by more than a constant, whichever tier runs it.
 */
final class CompiledFrames implements TierRuntime {
    /** How many compiled frames may be nested as JVM calls before they go through the dispatch loop. */
    static final int MAX_NESTING = 48;

    private final Vm vm;
    private final ValueStack st;
    private final Interpreter interp;
    private final Calls calls;
    private final Tiering tiering;
    /** Compiled frames now running as nested JVM calls. */
    int nesting;
    private Tiering.Compiled pushed;

    CompiledFrames(Vm vm, Interpreter interp, Calls calls, Tiering tiering) {
        this.vm = vm;
        this.st = vm.st;
        this.interp = interp;
        this.calls = calls;
        this.tiering = tiering;
    }

    @Override
    public long[] payloads() {
        return st.p;
    }

    @Override
    public byte[] tags() {
        return st.t;
    }

    @Override
    public int base() {
        return st.fBase[st.depth];
    }

    @Override
    public HeapMemory memory() {
        return vm.mem;
    }

    @Override
    public int step(int pc, int sp) {
        return interp.step(pc, sp);
    }

    /** The dispatch loop's LOAD_GLOBAL_IC: a cache hit read here, the rest by the loop's look-up. */
    @Override
    public void loadGlobal(int pc, int sp) {
        Fn fn = record(pc, sp);
        int op = fn.code[pc] & 0xFF;
        RootedTable g = fn.program.globals;
        int slot = op == Op.LOAD_GLOBAL_IC ? (int) fn.ic[u16(fn.code, pc + 3)] - 1 : -1;
        if (slot >= 0 && g.t[slot] != Tag.EMPTY) {
            st.t[sp] = g.t[slot];
            st.p[sp] = g.p[slot];
        } else {
            interp.loadGlobal(fn, op, pc);
        }
    }

    @Override
    public void loadConstant(int pc, int sp) {
        Fn fn = record(pc, sp);
        Program prog = fn.program;
        int c = u16(fn.code, pc + 1);
        if (prog.ct[c] != Tag.EMPTY) {
            st.t[sp] = prog.ct[c];
            st.p[sp] = prog.cp[c];
        } else {
            Collections.materialize(vm, prog, prog.image.constants().get(c));
        }
    }

    @Override
    public void build(int pc, int sp) {
        Fn fn = record(pc, sp);
        int op = fn.code[pc] & 0xFF;
        int n = u16(fn.code, pc + 1);
        if (op != Op.NEW_TUPLE || !Collections.pushConstantTuple(vm, fn.program, pc, n, sp)) {
            Collections.build(vm, op, n, sp);
        }
    }

    /** The dispatch loop's GET_FIELD_IC: a cache hit read here, the rest by {@link Fields#get}. */
    @Override
    public void getField(int pc, int sp) {
        Fn fn = st.fFn[st.depth];
        long object = st.p[sp - 1];
        int op = fn.code[pc] & 0xFF;
        if (op == Op.GET_FIELD_IC && st.t[sp - 1] == Tag.REF && Slots.shape(vm.mem, object) == Shapes.INSTANCE) {
            int field = fn.cached(u16(fn.code, pc + 3), Imm.index(Instances.classPayload(vm.mem, object)));
            if (field >= 0) {
                st.t[sp - 1] = Instances.fieldTag(vm.mem, object, field);
                st.p[sp - 1] = Instances.fieldPayload(vm.mem, object, field);
                return;
            }
        }
        record(pc, sp);
        Fields.get(vm, fn, pc, op == Op.GET_FIELD_IC, sp - 1);
    }

    @Override
    public void setField(int pc, int sp) {
        Fn fn = record(pc, sp);
        boolean ic = (fn.code[pc] & 0xFF) == Op.SET_FIELD_IC;
        if (ic && Fields.setCached(vm, fn, u16(fn.code, pc + 3), st.t, st.p, sp - 2)) {
            return;
        }
        Fields.set(vm, fn, pc, ic, sp - 2);
    }

    /** Records the top frame's position and stack pointer (before anything that may raise or collect); returns its function. */
    private Fn record(int pc, int sp) {
        int d = st.depth;
        st.sp = sp;
        st.fPc[d] = pc;
        return st.fFn[d];
    }

    @Override
    public void checkType(int pc, int sp) {
        int d = st.depth;
        Fn fn = st.fFn[d];
        int type = u16(fn.code, pc + 1);
        byte kind = fn.program.checkKinds[type];
        byte tag = st.t[sp - 1];
        long payload = st.p[sp - 1];
        if (!TypeCheck.acceptsByKind(kind, tag, payload, vm.mem)) {
            record(pc, sp);
            if (TypeCheck.decidedByKind(kind) || !TypeCheck.matches(vm, fn.program, type, tag, payload)) {
                throw TypeCheck.mismatch(vm, fn.program, type, fn.program.image.text(u16(fn.code, pc + 3)), tag, payload);
            }
        }
    }

    @Override
    public int call(int pc, int sp) {
        Fn fn = record(pc, sp);
        int status = calls.dispatch(fn, fn.code[pc] & 0xFF, pc, st.depth);
        return status == Interpreter.INLINE ? CompiledFunction.RETURNED : CompiledFunction.SUSPENDED;
    }

    @Override
    public int enterKnown(int functionId, int argc, int pc, int sp) {
        return enter(record(pc, sp).program.fns[functionId], argc, sp, st.depth);
    }

    @Override
    public int enterMethod(int cache, int argc, int pc, int sp) {
        Fn caller = record(pc, sp);
        int all = argc + 1; // the receiver is parameter 0
        Fn callee = interp.cachedMethod(caller, cache, st.t[sp - all], st.p[sp - all]);
        return callee == null ? -2 : enter(callee, all, sp, st.depth);
    }

    /**
     * The frame push of the dispatch loop's CALL_KNOWN and CALL_METHOD_IC, for compiled callers. Split
     * into small methods so that C2 inlines all of it into each compiled call site (it inlines a hot
     * method only up to 325 bytes of bytecode).
     */
    private int enter(Fn callee, int argc, int sp, int depth) {
        int argStart = sp - argc;
        int frameTop = argStart + callee.frameSize;
        if (!st.fitsPlainCall(callee, argc, depth + 1, frameTop, vm.maxDepth)) {
            return -2; // the general call does the rest: arity, defaults, growth, the depth limit
        }
        if (frameTop > sp) {
            clear(sp, frameTop);
        }
        st.pushPlain(callee, argStart, argc, frameTop);
        int entry = callee.entrySlots.length == 0 ? callee.start : entry(callee, argStart);
        st.fPc[depth + 1] = entry;
        tiering.called(callee);
        return direct(callee, entry);
    }

    /** After the push: the callee's entry when its compiled code may run as a JVM call now, else -1. */
    private int direct(Fn callee, int entry) {
        interp.fuel--;
        vm.mut.poll();
        Tiering.Compiled code = callee.compiled;
        if (code == null || nesting >= MAX_NESTING || interp.fuel <= 0 || !code.code().isValid()) {
            return -1;
        }
        pushed = code;
        nesting++;
        return entry;
    }

    /** The callee's locals after its arguments start as null. */
    private void clear(int from, int to) {
        for (int i = from; i < to; i++) {
            st.t[i] = Tag.NULL;
            st.p[i] = 0;
        }
    }

    /** Where a callee with a parameter-check prologue starts: after it, when the arguments pass its checks. */
    private int entry(Fn callee, int argStart) {
        if (interp.argumentsPass(callee, st.t, st.p, argStart)) {
            interp.fuel -= callee.entryFuel;
            return callee.checkedStart;
        }
        return callee.start;
    }

    @Override
    public CompiledFunction calleeCode() {
        return pushed.function();
    }

    @Override
    public void leave() {
        nesting--;
    }

    /** RETURN as the dispatch loop does it; the caller's pc then stands after its call, where it resumes. */
    @Override
    public int ret(int sp, boolean nullResult) {
        int d = st.depth;
        byte tag = nullResult ? Tag.NULL : st.t[sp - 1];
        long payload = nullResult ? 0 : st.p[sp - 1];
        int rs = st.fResult[d];
        if (rs >= 0) {
            st.t[rs] = tag;
            st.p[rs] = payload;
            st.sp = rs + 1;
        } else if (rs == Generators.FRAME) { // never a compiled function's frame (generators are interpreted)
            Generators.finish(vm, d);
            return CompiledFunction.SUSPENDED;
        } else {
            st.sp = ~rs + 1;
        }
        st.depth = d - 1;
        if (d - 1 >= interp.entryDepth()) {
            Fn caller = st.fFn[d - 1];
            st.fPc[d - 1] += Op.LEN[caller.code[st.fPc[d - 1]] & 0xFF];
        }
        return CompiledFunction.RETURNED;
    }

    @Override
    public boolean backEdge(int target, int sp, int instructions) {
        Fn fn = record(target, sp);
        tiering.looped(fn);
        vm.mut.poll();
        return (interp.fuel -= instructions) <= 0;
    }
}
