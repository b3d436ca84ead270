package org.runavm.engine.interpreter.internal;

import java.lang.invoke.VarHandle;
import java.util.List;
import org.runavm.kernel.bytecode.Constant;
import org.runavm.kernel.heap.Mutator;
import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.heap.Slots;
import org.runavm.kernel.heap.objects.Closures;
import org.runavm.kernel.heap.objects.Instances;
import org.runavm.kernel.heap.objects.Lists;
import org.runavm.kernel.value.Tag;
import org.runavm.kernel.value.Values;

/**
 * The dispatch loop: a {@code switch} on the opcode over the program's code as {@link Operands}
 * decoded it (an {@code int} per code byte), with the current frame's pc, stack pointer and base in
 * Java locals. How HotSpot compiles it shapes the code (decision 092):
 *
 * <p>Every case begins with a load fence ({@code VarHandle.acquireFence()}), which costs no
 * instruction on x86 or AArch64 but keeps the case's field and array loads in the case. Without it,
 * HotSpot computes a load that several cases share (a frame array of {@link #st}, a field of the
 * function or the VM) once, before the switch, on every dispatch, and spills it: with the profile of
 * a program that uses many instruction kinds the loop's head grew to some 80 instructions of such
 * loads and spills. The fence is called directly, not through a helper: C2 inlines into a method only
 * until the method and its inlined callees reach about 8,000 bytes of bytecode, this one is over
 * 7,000, and {@code acquireFence} is force-inlined and intrinsic at once (7 bytes counted), where a
 * helper calling {@code loadLoadFence} counted 16 bytes a case, used up the budget on fences alone,
 * and was left a real call in the cases compiled after that.
 *
 * <p>A Runa call pushes a frame record and continues in the same loop (no JVM recursion), so the
 * depth of Runa recursion is bounded only by {@link Vm#maxDepth}. Arguments are not copied: the
 * callee's parameters are the caller's argument slots. Java code re-enters the loop only to call a
 * Runa function from a native one (List.map, to_text, equals); such a nested run stops when the frame
 * it pushed returns.
 *
 * <p>Rooting: the loop stores its stack pointer into {@link ValueStack#sp} before anything that may
 * allocate, call or poll, keeps no heap address in a Java local across such a step, and reloads the
 * stack arrays after it (a call may have grown them).
 */
final class Interpreter {
    /** Status of a call helper: done in Java, the result is on the stack and the pc must advance. */
    static final int INLINE = 0;
    /** Status of a call helper: a frame was pushed; reload the frame state. */
    static final int PUSHED = 1;

    private final Vm vm;
    private final ValueStack st;
    private final Mutator mut;
    private final Calls calls;
    private final Tiering tiering;
    /** The engine's side of compiled functions running on this loop's thread. */
    private final CompiledFrames frames;
    /** The instruction budget of the current slice (compiled code spends it through {@link #frames}). */
    int fuel;
    /** The entry depth of the innermost run of the loop (nested runs save and restore it). */
    private int entryDepth = 1;
    /** Executing a single instruction for compiled code ({@link #step}): stop before the next one. */
    private boolean stepping;

    // what runCompiled tells run() to do next
    private static final int RELOAD = 0;
    private static final int ENTRY_RETURNED = 1;
    private static final int SLICE_ENDED = 2;
    private static final int INTERPRET = 3;

    Interpreter(Vm vm) {
        this.vm = vm;
        this.st = vm.st;
        this.mut = vm.mut;
        this.calls = new Calls(vm, this);
        this.tiering = vm.tiering;
        this.frames = new CompiledFrames(vm, this, calls, tiering);
    }

    Calls calls() {
        return calls;
    }

    /**
     * Runs from the frame at {@code entryDepth} (already pushed) until it returns; its result is then
     * at its result slot and {@code st.sp} just above. An error no handler in these frames catches
     * leaves as {@link ThrownError}, with the frames popped.
     */
    void execute(int entryDepth) {
        int outer = this.entryDepth;
        boolean outerStepping = stepping; // a stepped instruction may run Runa code to its end
        this.entryDepth = entryDepth;
        stepping = false;
        try {
            while (!run(entryDepth)) {
                // a fuel slice ended: run again, so HotSpot compiles run() as a normal method, not only through OSR
            }
        } finally {
            this.entryDepth = outer;
            stepping = outerStepping;
        }
    }

    /**
     * Executes the one instruction at {@code pc} of the top frame, for compiled code
     * ({@link CompiledFrames#step}): returns the pc the frame goes on at, or -1 when another frame is
     * now on top. An error no handler of the frame catches propagates with the frame popped.
     */
    int step(int pc, int sp) {
        int depth = st.depth;
        st.sp = sp;
        st.fPc[depth] = pc;
        int budget = fuel;
        int outer = entryDepth;
        fuel = 2; // the loop stops at its second instruction
        stepping = true;
        entryDepth = depth;
        try {
            run(depth);
        } finally {
            stepping = false;
            entryDepth = outer;
            fuel = budget - 1;
        }
        return st.depth == depth ? st.fPc[depth] : -1;
    }

    /**
     * Runs the top frame's compiled code from {@code pc}, the dispatch loop's side of
     * {@link org.runavm.kernel.exec.CompiledFunction#run}: the frames it leaves are on the value stack,
     * so afterwards the loop reloads and goes on from there.
     */
    private int runCompiled(Tiering.Compiled compiled, Fn fn, int pc, int entryDepth) {
        if (!compiled.code().isValid()) {
            fn.compiled = null; // the tier went away: interpret from here on
            return INTERPRET;
        }
        int nesting = frames.nesting;
        try {
            int status = compiled.function().run(frames, pc);
            if (status == org.runavm.kernel.exec.CompiledFunction.NOT_ENTRY) {
                return INTERPRET;
            }
            if (st.depth < entryDepth) {
                return ENTRY_RETURNED;
            }
            if (fuel <= 0) {
                fuel = vm.limits.refuel(-fuel);
                sliceEnded(vm);
                return SLICE_ENDED;
            }
            return RELOAD;
        } catch (Throwable ex) {
            frames.nesting = nesting;
            Errors.handle(vm, ex, entryDepth);
            return RELOAD;
        }
    }

    int entryDepth() {
        return entryDepth;
    }

    /** Runs one slice of fuel; returns true when the entry frame returned. */
    private boolean run(int entryDepth) {
        if (this.fuel <= 0) {
            this.fuel = vm.limits.initialFuel();
        }
        int fuel = this.fuel; // a local: the field is written back whenever this run returns or throws
        final ValueStack st = this.st;
        final Mutator mut = this.mut;
        while (true) {
            int depth = st.depth;
            Fn fn = st.fFn[depth];
            int[] ops = fn.ops;
            int base = st.fBase[depth];
            int pc = st.fPc[depth];
            int sp = st.sp;
            long[] p = st.p;
            byte[] t = st.t;
            Tiering.Compiled compiled = fn.compiled;
            if (compiled != null && !stepping) {
                this.fuel = fuel;
                int next = runCompiled(compiled, fn, pc, entryDepth);
                fuel = this.fuel;
                if (next == ENTRY_RETURNED) {
                    return true;
                } else if (next == SLICE_ENDED) {
                    return false;
                } else if (next == RELOAD) {
                    continue;
                } // INTERPRET: the frame goes on in this loop
            }
            try {
                dispatch:
                while (true) {
                    if (--fuel <= 0) {
                        st.sp = sp;
                        st.fPc[depth] = pc;
                        st.depth = depth;
                        if (stepping) {
                            this.fuel = fuel;
                            return false;
                        }
                        this.fuel = vm.limits.refuel(-fuel);
                        sliceEnded(vm);
                        return false;
                    }
                    int op = ops[pc];
                    switch (op) {
                        case Op.NOP, Op.DEBUG_BREAK -> pc += Op.STEP[op];
                        case Op.POP -> {
                            VarHandle.acquireFence();
                            sp--;
                            pc += Op.STEP[op];
                        }
                        case Op.DUP -> {
                            VarHandle.acquireFence();
                            t[sp] = t[sp - 1];
                            p[sp] = p[sp - 1];
                            sp++;
                            pc += Op.STEP[op];
                        }
                        case Op.LOAD_CONST -> {
                            VarHandle.acquireFence();
                            int c = ops[pc + 1];
                            Program prog = fn.program;
                            byte ct = prog.ct[c];
                            if (ct == Tag.EMPTY) {
                                st.sp = sp;
                                st.fPc[depth] = pc;
                                buildConstant(prog, c);
                                sp = st.sp;
                                p = st.p; // pushing may have grown the stack
                                t = st.t;
                            } else {
                                t[sp] = ct;
                                p[sp] = prog.cp[c];
                                sp++;
                            }
                            pc += Op.STEP[op];
                        }
                        case Op.LOAD_NULL -> {
                            VarHandle.acquireFence();
                            t[sp] = Tag.NULL;
                            p[sp++] = 0;
                            pc += Op.STEP[op];
                        }
                        case Op.LOAD_TRUE -> {
                            VarHandle.acquireFence();
                            t[sp] = Tag.BOOLEAN;
                            p[sp++] = Values.TRUE;
                            pc += Op.STEP[op];
                        }
                        case Op.LOAD_FALSE -> {
                            VarHandle.acquireFence();
                            t[sp] = Tag.BOOLEAN;
                            p[sp++] = Values.FALSE;
                            pc += Op.STEP[op];
                        }
                        case Op.LOAD_INT -> {
                            VarHandle.acquireFence();
                            t[sp] = Tag.INTEGER;
                            p[sp++] = ops[pc + 1];
                            pc += Op.STEP[op];
                        }
                        case Op.LOAD_LOCAL -> {
                            VarHandle.acquireFence();
                            int s = base + ops[pc + 1];
                            t[sp] = t[s];
                            p[sp++] = p[s];
                            pc += Op.STEP[op];
                        }
                        case Quickener.LOAD_LOCAL2 -> {
                            VarHandle.acquireFence();
                            int a = base + ops[pc + 1];
                            int b = base + ops[pc + 4];
                            t[sp] = t[a];
                            p[sp] = p[a];
                            t[sp + 1] = t[b];
                            p[sp + 1] = p[b];
                            sp += 2;
                            fuel -= Quickener.COUNT[op] - 1;
                            pc += Quickener.SPAN[op];
                        }
                        case Quickener.INDEX_LOCAL_INT -> {
                            VarHandle.acquireFence();
                            int s = base + ops[pc + 1];
                            long object = p[s];
                            long i = ops[pc + 4];
                            int shape = t[s] == Tag.REF ? Slots.shape(vm.mem, object) : -1;
                            if (shape == Shapes.TUPLE && i >= 0 && i < Slots.length(vm.mem, object)) {
                                t[sp] = Slots.tag(vm.mem, object, i);
                                p[sp++] = Slots.payload(vm.mem, object, i);
                                fuel -= Quickener.COUNT[op] - 1;
                                pc += Quickener.SPAN[op];
                            } else if (shape == Shapes.LIST && i >= 0 && i < Lists.size(vm.mem, object)) {
                                t[sp] = Lists.tag(vm.mem, object, i);
                                p[sp++] = Lists.payload(vm.mem, object, i);
                                fuel -= Quickener.COUNT[op] - 1;
                                pc += Quickener.SPAN[op];
                            } else { // LOAD_LOCAL, then LOAD_INT and GET_INDEX as written (and their errors)
                                t[sp] = t[s];
                                p[sp++] = object;
                                pc += Op.STEP[op];
                            }
                        }
                        case Quickener.GET_FIELD_LOCAL -> {
                            VarHandle.acquireFence();
                            int s = base + ops[pc + 1];
                            long object = p[s];
                            int field = t[s] == Tag.REF && Slots.shape(vm.mem, object) == Shapes.INSTANCE
                                    ? fn.cached(ops[pc + 5], Imm.index(Instances.classPayload(vm.mem, object))) : -1;
                            if (field >= 0) {
                                t[sp] = Instances.fieldTag(vm.mem, object, field);
                                p[sp++] = Instances.fieldPayload(vm.mem, object, field);
                                fuel -= Quickener.COUNT[op] - 1;
                                pc += Quickener.SPAN[op];
                            } else { // LOAD_LOCAL, then GET_FIELD_IC as written
                                t[sp] = t[s];
                                p[sp++] = object;
                                pc += Op.STEP[op];
                            }
                        }
                        case Quickener.JNULL_LOCAL, Quickener.JNOT_NULL_LOCAL -> {
                            VarHandle.acquireFence();
                            // null equals only null (Equality.quick), so this never needs the general path
                            boolean isNull = t[base + ops[pc + 1]] == Tag.NULL;
                            fuel -= Quickener.COUNT[op] - 1;
                            pc = isNull == (op == Quickener.JNULL_LOCAL) ? branch(fn, pc + 4, ops[pc + 5], sp, depth) : pc + Quickener.SPAN[op];
                        }
                        case Quickener.JNULL_TOP, Quickener.JNOT_NULL_TOP -> {
                            VarHandle.acquireFence();
                            boolean isNull = t[--sp] == Tag.NULL; // as JNULL_LOCAL: null equals only null
                            fuel -= Quickener.COUNT[op] - 1;
                            pc = isNull == (op == Quickener.JNULL_TOP) ? branch(fn, pc + 1, ops[pc + 2], sp, depth) : pc + Quickener.SPAN[op];
                        }
                        case Quickener.LOAD_TUPLE_CONST -> {
                            VarHandle.acquireFence();
                            Program prog = fn.program;
                            int[] site = prog.tupleSites;
                            t[sp] = Tag.REF;
                            p[sp++] = prog.constantTuples[site[pc]];
                            fuel -= site[pc + 1] - 1;
                            pc += site[pc + 2];
                        }
                        case Quickener.CHECK_LOCAL -> {
                            VarHandle.acquireFence();
                            int s = base + ops[pc + 1];
                            byte kind = fn.program.checkKinds[ops[pc + 4]];
                            if (TypeCheck.acceptsByKind(kind, t[s], p[s], vm.mem)) {
                                fuel -= Quickener.COUNT[op] - 1;
                                pc += Quickener.SPAN[op];
                            } else { // LOAD_LOCAL, then CHECK_TYPE as written
                                t[sp] = t[s];
                                p[sp++] = p[s];
                                pc += Op.STEP[op];
                            }
                        }
                        case Quickener.ADD_LOCAL_INT, Quickener.SUB_LOCAL_INT -> {
                            VarHandle.acquireFence();
                            int s = base + ops[pc + 1];
                            long a = p[s];
                            long b = ops[pc + 4];
                            long r = op == Quickener.ADD_LOCAL_INT ? a + b : a - b;
                            // the overflow test of Math.addExact/subtractExact, for both operations
                            boolean overflow = op == Quickener.ADD_LOCAL_INT ? ((a ^ r) & (b ^ r)) < 0 : ((a ^ b) & (a ^ r)) < 0;
                            if (t[s] == Tag.INTEGER && !overflow) {
                                t[sp] = Tag.INTEGER;
                                p[sp++] = r;
                                fuel -= Quickener.COUNT[op] - 1;
                                pc += Quickener.SPAN[op];
                            } else { // LOAD_LOCAL, then the arithmetic as written
                                t[sp] = t[s];
                                p[sp++] = a;
                                pc += Op.STEP[op];
                            }
                        }
                        case Quickener.JLT_LOCAL_INT, Quickener.JLE_LOCAL_INT, Quickener.JGT_LOCAL_INT,
                             Quickener.JGE_LOCAL_INT, Quickener.JLT_LOCALS, Quickener.JLE_LOCALS,
                             Quickener.JGT_LOCALS, Quickener.JGE_LOCALS, Quickener.JEQ_LOCAL_INT,
                             Quickener.JNE_LOCAL_INT -> {
                            int s = base + ops[pc + 1];
                            boolean localInt = op <= Quickener.JGE_LOCAL_INT || op >= Quickener.JEQ_LOCAL_INT;
                            int other = localInt ? -1 : base + ops[pc + 4];
                            if (t[s] == Tag.INTEGER && (localInt || t[other] == Tag.INTEGER)) {
                                long a = p[s];
                                long b = localInt ? ops[pc + 4] : p[other];
                                boolean jump = switch (op) {
                                    case Quickener.JLT_LOCAL_INT, Quickener.JLT_LOCALS -> a < b;
                                    case Quickener.JLE_LOCAL_INT, Quickener.JLE_LOCALS -> a <= b;
                                    case Quickener.JGT_LOCAL_INT, Quickener.JGT_LOCALS -> a > b;
                                    case Quickener.JEQ_LOCAL_INT -> a == b;
                                    case Quickener.JNE_LOCAL_INT -> a != b;
                                    default -> a >= b;
                                };
                                fuel -= Quickener.COUNT[op] - 1;
                                pc = jump ? branch(fn, pc + 6, ops[pc + 7], sp, depth) : pc + Quickener.SPAN[op];
                            } else { // LOAD_LOCAL, then the rest as written
                                t[sp] = t[s];
                                p[sp++] = p[s];
                                pc += Op.STEP[op];
                            }
                        }
                        case Op.STORE_LOCAL -> {
                            VarHandle.acquireFence();
                            int s = base + ops[pc + 1];
                            sp--;
                            t[s] = t[sp];
                            p[s] = p[sp];
                            pc += Op.STEP[op];
                        }
                        case Op.INC_LOCAL -> {
                            VarHandle.acquireFence();
                            int s = base + ops[pc + 1];
                            if (t[s] == Tag.INTEGER) {
                                p[s] = Math.addExact(p[s], ops[pc + 2]);
                            } else {
                                st.sp = sp;
                                st.fPc[depth] = pc;
                                incrementSlow(s, ops[pc + 2]);
                                p = st.p;
                                t = st.t;
                            }
                            pc += Op.STEP[op];
                        }
                        case Op.LOAD_GLOBAL, Op.LOAD_GLOBAL_IC -> {
                            VarHandle.acquireFence();
                            RootedTable g = fn.program.globals;
                            int slot = op == Op.LOAD_GLOBAL_IC ? (int) fn.ic[ops[pc + 2]] - 1 : -1;
                            byte gt;
                            if (slot >= 0 && (gt = g.t[slot]) != Tag.EMPTY) { // a cache hit on a defined global
                                t[sp] = gt;
                                p[sp++] = g.p[slot];
                                pc += Op.STEP[op];
                            } else {
                                st.sp = sp;
                                st.fPc[depth] = pc;
                                loadGlobal(fn, op, pc);
                                sp = st.sp;
                                p = st.p;
                                t = st.t;
                                pc += Op.STEP[op];
                            }
                        }
                        case Op.LOAD_UPVALUE -> {
                            VarHandle.acquireFence();
                            long box = Closures.upvalue(vm.mem, p[st.fClosure[depth]], ops[pc + 1]);
                            t[sp] = Closures.boxTag(vm.mem, box);
                            p[sp++] = Closures.boxPayload(vm.mem, box);
                            pc += Op.STEP[op];
                        }
                        case Op.LOAD_CELL -> {
                            VarHandle.acquireFence();
                            long box = p[base + ops[pc + 1]];
                            t[sp] = Closures.boxTag(vm.mem, box);
                            p[sp++] = Closures.boxPayload(vm.mem, box);
                            pc += Op.STEP[op];
                        }
                        case Op.STORE_CELL -> {
                            VarHandle.acquireFence();
                            long box = p[base + ops[pc + 1]];
                            sp--;
                            Closures.setBox(mut, box, t[sp], p[sp]);
                            pc += Op.STEP[op];
                        }
                        case Op.ADD, Op.ADD_INT -> {
                            VarHandle.acquireFence();
                            if (t[sp - 1] == Tag.INTEGER && t[sp - 2] == Tag.INTEGER) {
                                p[sp - 2] = Math.addExact(p[sp - 2], p[sp - 1]);
                                sp--;
                            } else if (t[sp - 1] == Tag.DECIMAL && t[sp - 2] == Tag.DECIMAL) {
                                p[sp - 2] = Values.decimalBits(Values.decimal(p[sp - 2]) + Values.decimal(p[sp - 1]));
                                sp--;
                            } else {
                                st.sp = sp;
                                st.fPc[depth] = pc;
                                Arith.binary(vm, Op.ADD, sp);
                                p = st.p;
                                t = st.t;
                                sp--;
                            }
                            pc += Op.STEP[op];
                        }
                        case Op.SUB, Op.SUB_INT -> {
                            VarHandle.acquireFence();
                            if (t[sp - 1] == Tag.INTEGER && t[sp - 2] == Tag.INTEGER) {
                                p[sp - 2] = Math.subtractExact(p[sp - 2], p[sp - 1]);
                            } else if (t[sp - 1] == Tag.DECIMAL && t[sp - 2] == Tag.DECIMAL) {
                                p[sp - 2] = Values.decimalBits(Values.decimal(p[sp - 2]) - Values.decimal(p[sp - 1]));
                            } else {
                                Arith.binary(vm, Op.SUB, sp);
                            }
                            sp--;
                            pc += Op.STEP[op];
                        }
                        case Op.MUL, Op.MUL_INT -> {
                            VarHandle.acquireFence();
                            if (t[sp - 1] == Tag.INTEGER && t[sp - 2] == Tag.INTEGER) {
                                p[sp - 2] = Math.multiplyExact(p[sp - 2], p[sp - 1]);
                            } else if (t[sp - 1] == Tag.DECIMAL && t[sp - 2] == Tag.DECIMAL) {
                                p[sp - 2] = Values.decimalBits(Values.decimal(p[sp - 2]) * Values.decimal(p[sp - 1]));
                            } else {
                                st.sp = sp;
                                st.fPc[depth] = pc;
                                Arith.binary(vm, Op.MUL, sp);
                                p = st.p;
                                t = st.t;
                            }
                            sp--;
                            pc += Op.STEP[op];
                        }
                        case Op.DIV, Op.FLOOR_DIV, Op.MOD, Op.POW, Op.BIT_AND, Op.BIT_OR, Op.BIT_XOR, Op.SHL, Op.SHR -> {
                            VarHandle.acquireFence();
                            if (op == Op.DIV && t[sp - 1] == Tag.DECIMAL && t[sp - 2] == Tag.DECIMAL) {
                                p[sp - 2] = Values.decimalBits(Values.decimal(p[sp - 2]) / Values.decimal(p[sp - 1]));
                            } else {
                                Arith.binary(vm, op, sp);
                            }
                            sp--;
                            pc += Op.STEP[op];
                        }
                        case Op.LT, Op.LT_INT, Op.LE, Op.LE_INT, Op.GT, Op.GE -> {
                            VarHandle.acquireFence();
                            byte ta = t[sp - 2];
                            if (ta == t[sp - 1] && (ta == Tag.INTEGER || ta == Tag.DECIMAL)) {
                                long a = p[sp - 2];
                                long b = p[sp - 1];
                                int outcome = ta == Tag.INTEGER ? (a < b ? Arith.LESS : a == b ? Arith.EQUAL : Arith.GREATER)
                                        : Arith.decimalOutcome(a, b);
                                t[sp - 2] = Tag.BOOLEAN;
                                p[sp - 2] = (Arith.ACCEPTS[op] & outcome) != 0 ? 1 : 0;
                            } else {
                                Arith.binary(vm, Arith.relation(op), sp);
                            }
                            sp--;
                            pc += Op.STEP[op];
                        }
                        case Op.EQ, Op.NE, Op.EQ_INT, Op.JUMP_IF_EQ, Op.JUMP_IF_NE -> {
                            VarHandle.acquireFence();
                            boolean eq;
                            int quick = Equality.quick(t[sp - 2], p[sp - 2], t[sp - 1], p[sp - 1]);
                            if (quick >= 0) {
                                eq = quick == 1;
                            } else {
                                st.sp = sp;
                                st.fPc[depth] = pc;
                                eq = Equality.equal(vm, sp - 2, sp - 1);
                                p = st.p;
                                t = st.t;
                            }
                            if (op == Op.JUMP_IF_EQ || op == Op.JUMP_IF_NE) {
                                sp -= 2;
                                pc = eq == (op == Op.JUMP_IF_EQ) ? branch(fn, pc, ops[pc + 1], sp, depth) : pc + Op.STEP[op];
                            } else {
                                sp--;
                                t[sp - 1] = Tag.BOOLEAN;
                                p[sp - 1] = (eq ^ (op == Op.NE)) ? 1 : 0;
                                pc += Op.STEP[op];
                            }
                        }
                        case Op.JUMP -> {
                            VarHandle.acquireFence();
                            int off = ops[pc + 1];
                            pc = branch(fn, pc, off, sp, depth);
                            if (off <= 0 && fn.compiled != null) { // a loop that has been compiled meanwhile
                                st.fPc[depth] = pc;
                                st.sp = sp;
                                break dispatch; // goes on in the compiled code, at the loop head
                            }
                        }
                        case Op.JUMP_IF_FALSE, Op.JUMP_IF_TRUE -> {
                            VarHandle.acquireFence();
                            sp--;
                            if (t[sp] != Tag.BOOLEAN) {
                                throw conditionError(t[sp], p[sp], "a condition");
                            }
                            boolean jump = (p[sp] != 0) == (op == Op.JUMP_IF_TRUE);
                            pc = jump ? branch(fn, pc, ops[pc + 1], sp, depth) : pc + Op.STEP[op];
                        }
                        case Op.AND_JUMP, Op.OR_JUMP -> {
                            VarHandle.acquireFence();
                            if (t[sp - 1] != Tag.BOOLEAN) {
                                throw conditionError(t[sp - 1], p[sp - 1], op == Op.AND_JUMP ? "and" : "or");
                            }
                            boolean value = p[sp - 1] != 0;
                            if (value == (op == Op.OR_JUMP)) {
                                pc += ops[pc + 1];
                            } else {
                                sp--;
                                pc += Op.STEP[op];
                            }
                        }
                        case Op.JUMP_IF_NULL, Op.JUMP_IF_NOT_NULL -> {
                            VarHandle.acquireFence();
                            sp--;
                            boolean isNull = t[sp] == Tag.NULL;
                            pc = isNull == (op == Op.JUMP_IF_NULL) ? branch(fn, pc, ops[pc + 1], sp, depth) : pc + Op.STEP[op];
                        }
                        case Op.JUMP_IF_LT, Op.JUMP_IF_LE, Op.JUMP_IF_GT, Op.JUMP_IF_GE -> {
                            VarHandle.acquireFence();
                            boolean jump;
                            byte ta = t[sp - 2];
                            if (ta == t[sp - 1] && (ta == Tag.INTEGER || ta == Tag.DECIMAL)) {
                                long a = p[sp - 2];
                                long b = p[sp - 1];
                                int outcome = ta == Tag.INTEGER ? (a < b ? Arith.LESS : a == b ? Arith.EQUAL : Arith.GREATER)
                                        : Arith.decimalOutcome(a, b);
                                jump = (Arith.ACCEPTS[op] & outcome) != 0;
                            } else {
                                st.sp = sp;
                                st.fPc[depth] = pc;
                                jump = compareSlow(op, sp);
                                p = st.p;
                                t = st.t;
                            }
                            sp -= 2;
                            pc = jump ? branch(fn, pc, ops[pc + 1], sp, depth) : pc + Op.STEP[op];
                        }
                        case Op.RANGE_TEST -> {
                            VarHandle.acquireFence();
                            int s = base + ops[pc + 1];
                            boolean inside;
                            if (t[s] == Tag.INTEGER && t[s + 1] == Tag.INTEGER && t[s + 2] == Tag.INTEGER && p[s + 2] != 0) {
                                inside = p[s + 2] > 0 ? p[s] <= p[s + 1] : p[s] >= p[s + 1]; // Arith.inRange's fast case, here
                            } else {
                                inside = Arith.inRange(vm, t, p, s);
                            }
                            pc = inside ? pc + Op.STEP[op] : pc + ops[pc + 2];
                        }
                        case Op.RETURN, Op.RETURN_NULL, Quickener.RETURN_LOCAL -> {
                            VarHandle.acquireFence();
                            byte rt = Tag.NULL;
                            long rp = 0;
                            if (op == Op.RETURN) {
                                rt = t[sp - 1];
                                rp = p[sp - 1];
                            } else if (op == Quickener.RETURN_LOCAL) { // the local is not pushed first
                                int s = base + ops[pc + 1];
                                rt = t[s];
                                rp = p[s];
                                fuel -= Quickener.COUNT[op] - 1;
                            }
                            int rs = st.fResult[depth];
                            if (rs >= 0) {
                                t[rs] = rt;
                                p[rs] = rp;
                                sp = rs + 1;
                            } else if (rs == Generators.FRAME) {
                                Generators.finish(vm, depth);
                                break dispatch;
                            } else {
                                sp = ~rs + 1;
                            }
                            st.depth = depth - 1;
                            st.sp = sp;
                            if (depth == entryDepth) {
                                this.fuel = fuel;
                                return true;
                            }
                            depth--;
                            fn = st.fFn[depth];
                            ops = fn.ops;
                            base = st.fBase[depth];
                            pc = st.fPc[depth];
                            pc += Op.LEN[ops[pc]];
                            if (fn.compiled != null) { // the caller resumes in its compiled code
                                st.fPc[depth] = pc;
                                break dispatch;
                            }
                        }
                        case Op.CALL_KNOWN, Op.CALL_METHOD_IC -> {
                            VarHandle.acquireFence();
                            // The frame push of Calls.pushFrame for the common case (a plain process or a
                            // cached method called with all its parameters, room on the stacks), done here so
                            // the loop goes on in the callee without leaving and reloading its state.
                            Fn callee;
                            int argc;
                            if (op == Op.CALL_KNOWN) {
                                callee = fn.program.fns[ops[pc + 1]];
                                argc = ops[pc + 2];
                            } else { // a method found in the inline cache; the receiver is parameter 0
                                argc = ops[pc + 3] + 1;
                                callee = cachedMethod(fn, ops[pc + 2], t[sp - argc], p[sp - argc]);
                            }
                            int argStart = sp - argc;
                            int frameTop = callee == null ? 0 : argStart + callee.frameSize;
                            int d = depth + 1;
                            if (callee != null && st.fitsPlainCall(callee, argc, d, frameTop, vm.maxDepth)) {
                                for (int i = sp; i < frameTop; i++) {
                                    t[i] = Tag.NULL;
                                    p[i] = 0;
                                }
                                st.fPc[depth] = pc;
                                st.pushPlain(callee, argStart, argc, frameTop);
                                tiering.called(callee);
                                depth = d;
                                sp = frameTop;
                                // arguments that pass the callee's parameter checks here skip its prologue
                                int entry = callee.start;
                                if (argumentsPass(callee, t, p, argStart)) {
                                    entry = callee.checkedStart;
                                    fuel -= callee.entryFuel;
                                }
                                st.fPc[d] = entry;
                                mut.poll();
                                if (callee.compiled != null) {
                                    break dispatch; // it starts in its compiled code
                                }
                                fn = callee;
                                ops = callee.ops;
                                base = argStart;
                                pc = entry;
                            } else {
                                st.sp = sp;
                                st.fPc[depth] = pc;
                                if (calls.dispatch(fn, op, pc, depth) == INLINE) {
                                    sp = st.sp;
                                    p = st.p;
                                    t = st.t;
                                    pc += Op.LEN[op];
                                } else {
                                    break dispatch; // reload the frame state
                                }
                            }
                        }
                        case Op.CALL, Op.CALL_NAMED, Op.CALL_METHOD,
                             Op.CALL_METHOD_NAMED, Op.CALL_SUPER, Op.NEW, Op.CALL_SPREAD, Op.TAIL_CALL,
                             Op.TAIL_CALL_KNOWN -> {
                             VarHandle.acquireFence();
                            st.sp = sp;
                            st.fPc[depth] = pc;
                            int status = calls.dispatch(fn, op, pc, depth);
                            if (status == INLINE) {
                                sp = st.sp;
                                p = st.p;
                                t = st.t;
                                pc += Op.LEN[op];
                            } else {
                                if (st.depth < entryDepth) {
                                    this.fuel = fuel;
                                    return true; // a tail call to a native function finished the entry frame
                                }
                                break dispatch; // reload the frame state
                            }
                        }
                        case Op.GET_FIELD, Op.GET_FIELD_IC -> {
                            VarHandle.acquireFence();
                            long object = p[sp - 1];
                            if (op == Op.GET_FIELD_IC && t[sp - 1] == Tag.REF && Slots.shape(vm.mem, object) == Shapes.INSTANCE) {
                                int field = fn.cached(ops[pc + 2], Imm.index(Instances.classPayload(vm.mem, object)));
                                if (field >= 0) { // an inline-cache hit, read here; Fields.get does the rest
                                    t[sp - 1] = Instances.fieldTag(vm.mem, object, field);
                                    p[sp - 1] = Instances.fieldPayload(vm.mem, object, field);
                                    pc += Op.STEP[op];
                                    continue;
                                }
                            }
                            st.sp = sp;
                            st.fPc[depth] = pc;
                            Fields.get(vm, fn, pc, op == Op.GET_FIELD_IC, sp - 1);
                            p = st.p;
                            t = st.t;
                            pc += Op.LEN[op];
                        }
                        case Op.SET_FIELD, Op.SET_FIELD_IC -> {
                            VarHandle.acquireFence();
                            if (op == Op.SET_FIELD_IC && Fields.setCached(vm, fn, ops[pc + 2], t, p, sp - 2)) {
                                sp -= 2;
                                pc += Op.STEP[op];
                                continue;
                            }
                            Fields.set(vm, fn, pc, op == Op.SET_FIELD_IC, sp - 2);
                            sp -= 2;
                            pc += Op.LEN[op];
                        }
                        case Op.GET_INDEX, Op.GET_INDEX_INT -> {
                            VarHandle.acquireFence();
                            if (t[sp - 1] == Tag.INTEGER && t[sp - 2] == Tag.REF
                                    && Slots.shape(vm.mem, p[sp - 2]) == Shapes.LIST) {
                                long list = p[sp - 2];
                                long i = p[sp - 1];
                                if (i < 0 || i >= Lists.size(vm.mem, list)) {
                                    throw Collections.indexError(i, Lists.size(vm.mem, list));
                                }
                                t[sp - 2] = Lists.tag(vm.mem, list, i);
                                p[sp - 2] = Lists.payload(vm.mem, list, i);
                            } else if (t[sp - 1] == Tag.INTEGER && t[sp - 2] == Tag.REF
                                    && Slots.shape(vm.mem, p[sp - 2]) == Shapes.TUPLE
                                    && p[sp - 1] >= 0 && p[sp - 1] < Slots.length(vm.mem, p[sp - 2])) {
                                long tuple = p[sp - 2]; // bounds checked above; errors take the general path
                                long i = p[sp - 1];
                                t[sp - 2] = Slots.tag(vm.mem, tuple, i);
                                p[sp - 2] = Slots.payload(vm.mem, tuple, i);
                            } else {
                                st.sp = sp;
                                st.fPc[depth] = pc;
                                Collections.getIndex(vm, sp);
                                p = st.p;
                                t = st.t;
                            }
                            sp--;
                            pc += Op.STEP[op];
                        }
                        case Op.FOR_ITER -> {
                            VarHandle.acquireFence();
                            int s = base + ops[pc + 1];
                            st.sp = sp;
                            st.fPc[depth] = pc;
                            if (Generators.isGenerator(vm, t[s], p[s])) {
                                if (Generators.resume(vm, s)) {
                                    break dispatch;
                                }
                                pc += ops[pc + 2];
                            } else if (Iteration.next(vm, s, sp)) {
                                p = st.p;
                                t = st.t;
                                sp++;
                                pc += Op.STEP[op];
                            } else {
                                pc += ops[pc + 2];
                            }
                        }
                        case Op.CHECK_TYPE -> {
                            VarHandle.acquireFence();
                            int type = ops[pc + 1];
                            byte kind = fn.program.checkKinds[type];
                            byte tag = t[sp - 1];
                            // the common annotations (Integer, Decimal, Boolean, Any, built-in containers and Text)
                            // decided by their kind and the object's shape; the rest, and failures, by matches
                            if (!TypeCheck.acceptsByKind(kind, tag, p[sp - 1], vm.mem)
                                    && (TypeCheck.decidedByKind(kind) || !TypeCheck.matches(vm, fn.program, type, tag, p[sp - 1]))) {
                                throw TypeCheck.mismatch(vm, fn.program, type, fn.program.image.text(ops[pc + 2]),
                                        t[sp - 1], p[sp - 1]);
                            }
                            pc += Op.STEP[op];
                        }
                        case Op.YIELD -> {
                            VarHandle.acquireFence();
                            st.fPc[depth] = pc;
                            Generators.yield(vm, depth, sp, pc);
                            break dispatch;
                        }
                        default -> { // the less frequent instructions, in their own method to keep this one small
                            st.sp = sp;
                            st.fPc[depth] = pc;
                            pc = cold(op, fn, pc, depth, base);
                            sp = st.sp;
                            p = st.p;
                            t = st.t;
                        }
                    }
                }
                // fall out of the inner loop: a call pushed a frame, reload the state
            } catch (Throwable ex) {
                this.fuel = fuel;
                st.depth = depth;
                st.fPc[depth] = pc;
                st.sp = sp;
                Errors.handle(vm, ex, entryDepth);
            }
        }
    }

    /**
     * The instructions that are not worth their bytecode in {@link #run}: HotSpot compiles a method
     * only up to 8,000 bytes of bytecode and stops inlining into it near that size, so every byte of a
     * rarely executed case in {@code run} costs the inlining of the hot cases' helpers. Called with the
     * frame state stored in {@link #st}; returns the next pc, with {@code st.sp} and the stacks updated.
     */
    private int cold(int op, Fn fn, int pc, int depth, int base) {
        byte[] code = fn.code;
        final ValueStack st = this.st;
        final Mutator mut = this.mut;
        int sp = st.sp;
        long[] p = st.p;
        byte[] t = st.t;
        switch (op) {
            // Instructions that call into the engine anyway: here, one call more costs them little, and
            // the loop keeps their bytecode for the inlining of the hot cases' helpers.
            case Op.NEW_LIST, Op.NEW_TUPLE, Op.NEW_SET, Op.NEW_MAP -> {
                sp = Collections.build(vm, op, fn.ops[pc + 1], sp);
                pc += Op.STEP[op];
            }
            case Op.SET_INDEX, Op.SET_INDEX_INT -> {
                Collections.setIndex(vm, sp);
                sp -= 3;
                pc += Op.STEP[op];
            }
            case Op.LENGTH -> {
                Collections.lengthOf(vm, calls, sp - 1);
                pc += Op.STEP[op];
            }
            case Op.DUP2 -> {
                t[sp] = t[sp - 2];
                p[sp] = p[sp - 2];
                t[sp + 1] = t[sp - 1];
                p[sp + 1] = p[sp - 1];
                sp += 2;
                pc += 1;
            }
            case Op.SWAP -> {
                byte tt = t[sp - 1];
                long pp = p[sp - 1];
                t[sp - 1] = t[sp - 2];
                p[sp - 1] = p[sp - 2];
                t[sp - 2] = tt;
                p[sp - 2] = pp;
                pc += 1;
            }
            case Op.STORE_GLOBAL -> {
                sp--;
                fn.program.globals.set(fn.program.image.text(u16(code, pc + 1)), t[sp], p[sp]);
                pc += 3;
            }
            case Op.STORE_UPVALUE -> {
                long box = Closures.upvalue(vm.mem, p[st.fClosure[depth]], code[pc + 1] & 0xFF);
                sp--;
                Closures.setBox(mut, box, t[sp], p[sp]);
                pc += 2;
            }
            case Op.MAKE_CELL -> {
                int s = base + u16(code, pc + 1);
                st.sp = sp;
                st.fPc[depth] = pc;
                long box = Closures.allocateBox(mut, t[s], p[s]);
                t[s] = Tag.REF;
                p[s] = box;
                pc += 3;
            }
            case Op.CLOSURE -> {
                makeClosure(fn, u16(code, pc + 1), base, st.fClosure[depth]);
                sp = st.sp;
                p = st.p;
                t = st.t;
                pc += 3;
            }
            case Op.LAMBDA -> {
                t[sp] = Tag.IMMEDIATE;
                p[sp++] = Imm.of(Imm.FUNCTION, fn.program.fns[u16(code, pc + 1)].index);
                pc += 3;
            }
            case Op.NEG -> {
                if (t[sp - 1] == Tag.INTEGER) {
                    p[sp - 1] = Math.negateExact(p[sp - 1]);
                } else if (t[sp - 1] == Tag.DECIMAL) {
                    p[sp - 1] = Values.decimalBits(-Values.decimal(p[sp - 1]));
                } else {
                    throw RunaException.typeError("cannot negate " + vm.aTypeName(t[sp - 1], p[sp - 1]));
                }
                pc += 1;
            }
            case Op.BIT_NOT -> {
                if (t[sp - 1] != Tag.INTEGER) {
                    throw RunaException.typeError("~ needs an Integer, not " + vm.aTypeName(t[sp - 1], p[sp - 1]));
                }
                p[sp - 1] = ~p[sp - 1];
                pc += 1;
            }
            case Op.NOT -> {
                if (t[sp - 1] != Tag.BOOLEAN) {
                    throw conditionError(t[sp - 1], p[sp - 1], "not");
                }
                p[sp - 1] ^= 1;
                pc += 1;
            }
            case Op.TO_INTEGER, Op.TO_DECIMAL -> {
                Arith.convert(vm, op, sp);
                pc += 1;
            }
            case Op.JUMP_IF_ARG_SET -> {
                int param = u16(code, pc + 1);
                boolean set = param >= 64 || (st.fArgs[depth] & (1L << param)) != 0;
                pc = set ? pc + s32(code, pc + 3) : pc + 7;
            }
            case Op.SWITCH -> {
                sp--;
                st.sp = sp + 1;
                pc += Switches.offset(vm, fn.program, u16(code, pc + 1), sp, s32(code, pc + 3));
            }
            case Op.CONTAINS -> {
                boolean c = Collections.contains(vm, sp - 2, sp - 1);
                p = st.p;
                t = st.t;
                sp--;
                t[sp - 1] = Tag.BOOLEAN;
                p[sp - 1] = c ? 1 : 0;
                pc += 1;
            }
            case Op.UNPACK -> {
                int n = code[pc + 1] & 0xFF;
                st.sp = sp;
                sp = Collections.unpack(vm, n, sp);
                p = st.p;
                t = st.t;
                pc += 2;
            }
            case Op.GET_ITER -> {
                Iteration.getIter(vm, sp - 1);
                p = st.p;
                t = st.t;
                pc += 1;
            }
            case Op.CONCAT -> {
                int n = code[pc + 1] & 0xFF;
                st.sp = sp;
                st.fPc[depth] = pc;
                TextForm.concat(vm, n, sp);
                p = st.p;
                t = st.t;
                sp = sp - n + 1;
                pc += 2;
            }
            case Op.DISPLAY -> {
                vm.display(TextForm.plain(vm, t[sp - 1], p[sp - 1]));
                p = st.p;
                t = st.t;
                sp--;
                pc += 1;
            }
            case Op.TYPE_OF -> {
                ClassInfo c = vm.classOf(t[sp - 1], p[sp - 1]);
                t[sp - 1] = Tag.IMMEDIATE;
                p[sp - 1] = Imm.of(Imm.CLASS, c.index);
                pc += 1;
            }
            case Op.IS_A -> {
                boolean is = TypeCheck.matches(vm, fn.program, u16(code, pc + 1), t[sp - 1], p[sp - 1]);
                t[sp - 1] = Tag.BOOLEAN;
                p[sp - 1] = is ? 1 : 0;
                pc += 3;
            }
            case Op.THROW, Op.UNWIND -> {
                Errors.prepareThrow(vm, sp - 1, op == Op.THROW);
                throw ThrownError.INSTANCE;
            }
            case Op.SEND, Op.ASK, Op.ASK_WITHIN -> {
                int argc = code[pc + 3] & 0xFF;
                st.sp = sp;
                st.fPc[depth] = pc;
                long within = -1;
                if (op == Op.ASK_WITHIN) {
                    sp--;
                    if (t[sp] != Tag.INTEGER) {
                        throw RunaException.typeError("Ask within needs milliseconds as an Integer");
                    }
                    within = Math.max(0, p[sp]);
                    st.sp = sp;
                }
                Actors.message(vm, fn.program.image.text(u16(code, pc + 1)), sp - argc - 1, argc,
                        op != Op.SEND, within);
                sp = st.sp;
                p = st.p;
                t = st.t;
                pc += 4;
            }
            case Op.TASK_GROUP_ENTER -> {
                Tasks.enterGroup(vm);
                sp = st.sp;
                p = st.p;
                t = st.t;
                pc += 1;
            }
            case Op.TASK_GROUP_EXIT -> {
                Tasks.exitGroup(vm, sp - 1);
                sp--;
                pc += 1;
            }
            case Op.TASK_GROUP_ABORT -> {
                Tasks.abortGroup(vm, sp - 2);
            }
            case Op.AWAIT -> {
                Tasks.awaitSlot(vm, sp - 1);
                p = st.p;
                t = st.t;
                pc += 1;
            }
            case Op.IMPORT -> {
                vm.builtins.importModule(fn.program, fn.program.image.text(u16(code, pc + 1)));
                sp = st.sp;
                p = st.p;
                t = st.t;
                pc += 3;
            }
            case Op.INVOKE_FFI -> {
                int argc = code[pc + 3] & 0xFF;
                ForeignCalls.invoke(vm, fn, u16(code, pc + 1), sp - argc, argc);
                sp = st.sp;
                p = st.p;
                t = st.t;
                pc += 4;
            }
            default -> throw new RunaException("Error", "the instruction "
                    + org.runavm.kernel.bytecode.Opcode.byCode(op) + " is not supported by this engine");
        }
        st.sp = sp;
        return pc;
    }

    /** LOAD_GLOBAL, and LOAD_GLOBAL_IC when its cache is empty: looks the name up and pushes its value. */
    void loadGlobal(Fn fn, int op, int pc) {
        byte[] code = fn.code;
        RootedTable g = fn.program.globals;
        String name = fn.program.image.text(u16(code, pc + 1));
        int slot = g.slot(name);
        if (g.isDefined(slot)) {
            if (op == Op.LOAD_GLOBAL_IC) {
                fn.ic[u16(code, pc + 3)] = slot + 1;
            }
            st.push(g.t[slot], g.p[slot]);
        } else {
            vm.builtins.loadGlobal(name);
        }
    }

    /** JUMP_IF_LT/LE/GT/GE on operands that are not both Integers: whether to jump (Arith's comparison). */
    private boolean compareSlow(int op, int sp) {
        Arith.binary(vm, Arith.relation(op), sp);
        return st.p[sp - 2] != 0;
    }

    /** INC_LOCAL on a slot that holds no Integer: the generic ADD, written back into the slot. */
    private void incrementSlow(int slot, int increment) {
        int sp = st.sp;
        st.ensureSlots(sp + 2);
        st.t[sp] = st.t[slot];
        st.p[sp] = st.p[slot];
        st.t[sp + 1] = Tag.INTEGER;
        st.p[sp + 1] = increment;
        st.sp = sp + 2;
        Arith.binary(vm, Op.ADD, sp + 2);
        st.t[slot] = st.t[sp];
        st.p[slot] = st.p[sp];
        st.sp = sp;
    }

    private int branch(Fn fn, int pc, int off, int sp, int depth) {
        if (off <= 0) {
            backEdge(fn, pc, sp, depth);
        }
        return pc + off; // kept this small so that it is inlined at every jump
    }

    /** The end of an instruction slice (state stored): cancellation, and a memory profile's measurement. */
    private static void sliceEnded(Vm vm) {
        Tasks.checkCancelled(vm);
        MemoryProfile.poll(vm);
    }

    /** Whether the arguments at {@code argStart} pass the parameter checks of {@code callee}'s prologue. */
    boolean argumentsPass(Fn callee, byte[] t, long[] p, int argStart) {
        int[] slots = callee.entrySlots;
        byte[] kinds = callee.entryKinds;
        if (slots.length == 0) {
            return true;
        }
        // the first check outside the loop: most processes check one or two parameters, and HotSpot
        // compiles a loop (strip-mined, with a safepoint poll) into far more than one check's code
        int first = argStart + slots[0];
        if (!TypeCheck.acceptsByKind(kinds[0], t[first], p[first], vm.mem)) {
            return false;
        }
        for (int i = 1; i < slots.length; i++) {
            int s = argStart + slots[i];
            if (!TypeCheck.acceptsByKind(kinds[i], t[s], p[s], vm.mem)) {
                return false;
            }
        }
        return true;
    }

    /** A loop's back-edge: counted for the tier compiler, and a safepoint. */
    private void backEdge(Fn fn, int pc, int sp, int depth) {
        tiering.looped(fn);
        st.sp = sp;
        st.fPc[depth] = pc;
        mut.poll();
    }

    /** The method cache {@code k} of {@code fn} holds for this receiver's class, or null (a miss or no instance). */
    Fn cachedMethod(Fn fn, int k, byte tag, long receiver) {
        if (tag != Tag.REF || Slots.shape(vm.mem, receiver) != Shapes.INSTANCE) {
            return null;
        }
        int target = fn.cached(k, Imm.index(Instances.classPayload(vm.mem, receiver)));
        return target < 0 || (target & Calls.FIELD_CALL) != 0 ? null : vm.fns.get(target);
    }

    private RunaException conditionError(byte tag, long payload, String where) {
        return RunaException.typeError(where + " must be a Boolean, not " + vm.aTypeName(tag, payload));
    }

    /** Pushes a fresh List or Map built from a List or Map constant. */
    private void buildConstant(Program prog, int index) {
        Constant c = prog.image.constants().get(index);
        Collections.materialize(vm, prog, c);
    }

    /** Pushes a closure of function {@code id}, capturing cells of this frame or this closure's upvalues. */
    private void makeClosure(Fn fn, int id, int base, int closureSlot) {
        Fn target = fn.program.fns[id];
        List<org.runavm.kernel.bytecode.FunctionInfo.Upvalue> ups = target.info.upvalues();
        long closure = Closures.allocate(mut, Tag.IMMEDIATE, Imm.of(Imm.FUNCTION, target.index), ups.size());
        for (int i = 0; i < ups.size(); i++) {
            var u = ups.get(i);
            long box = u.fromLocal() ? st.p[base + u.index()] : Closures.upvalue(vm.mem, st.p[closureSlot], u.index());
            Closures.setUpvalue(mut, closure, i, box);
        }
        st.push(Tag.REF, closure);
    }

    static int u16(byte[] code, int at) {
        return ((code[at] & 0xFF) << 8) | (code[at + 1] & 0xFF);
    }

    static int s32(byte[] code, int at) {
        return (code[at] << 24) | ((code[at + 1] & 0xFF) << 16) | ((code[at + 2] & 0xFF) << 8) | (code[at + 3] & 0xFF);
    }
}
