package org.runavm.engine.interpreter.internal;

import static org.runavm.engine.interpreter.internal.Interpreter.INLINE;
import static org.runavm.engine.interpreter.internal.Interpreter.PUSHED;
import static org.runavm.engine.interpreter.internal.Interpreter.u16;

import java.util.ArrayList;
import java.util.List;
import org.runavm.kernel.bytecode.Constant;
import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.heap.Slots;
import org.runavm.kernel.heap.objects.Closures;
import org.runavm.kernel.heap.objects.Instances;
import org.runavm.kernel.heap.objects.Lists;
import org.runavm.kernel.value.Tag;

/**
 * Every kind of call: plain, known, named, method (with its inline cache), super, construction,
 * spread and tail calls. A Runa callee gets a frame pushed ({@link Interpreter#PUSHED}); a native
 * function or built-in method runs here and leaves its result on the stack ({@link Interpreter#INLINE}).
 *
 * <p>Frame layout: the callee's parameters are the caller's argument slots (a method's receiver is
 * parameter 0), its other locals follow, then its operand stack. The result goes to the slot of the
 * callee value (or of the first argument, for known calls); a negative result slot {@code ~s} keeps
 * the value already in slot {@code s} (construction keeps the new instance, not initialize's result).
 */
final class Calls {
    private final Vm vm;
    private final Interpreter interp;
    private final ValueStack st;
    /** Set for the one pushFrame that starts an Async Process's body on its task's thread. */
    private boolean asyncBody;

    Calls(Vm vm, Interpreter interp) {
        this.vm = vm;
        this.interp = interp;
        this.st = vm.st;
    }

    int dispatch(Fn fn, int op, int pc, int depth) {
        byte[] code = fn.code;
        int sp = st.sp;
        Program prog = fn.program;
        switch (op) {
            case Op.CALL -> {
                int argc = code[pc + 1] & 0xFF;
                return callValue(sp - argc, argc, null);
            }
            case Op.CALL_KNOWN -> {
                int argc = code[pc + 3] & 0xFF;
                return pushFrame(prog.fns[u16(code, pc + 1)], sp - argc, argc, sp - argc, -1, -1L);
            }
            case Op.CALL_NAMED -> {
                int argc = code[pc + 3] & 0xFF;
                return callValue(sp - argc, argc, names(prog, u16(code, pc + 1)));
            }
            case Op.CALL_METHOD -> {
                int argc = code[pc + 3] & 0xFF;
                return callMethod(fn, prog.image.text(u16(code, pc + 1)), argc, -1, null);
            }
            case Op.CALL_METHOD_IC -> {
                int argc = code[pc + 5] & 0xFF;
                return callMethod(fn, prog.image.text(u16(code, pc + 1)), argc, u16(code, pc + 3), null);
            }
            case Op.CALL_METHOD_NAMED -> {
                int argc = code[pc + 5] & 0xFF;
                return callMethod(fn, prog.image.text(u16(code, pc + 1)), argc, -1, names(prog, u16(code, pc + 3)));
            }
            case Op.CALL_SUPER -> {
                int argc = code[pc + 5] & 0xFF;
                return callSuper(prog, u16(code, pc + 1), prog.image.text(u16(code, pc + 3)), argc);
            }
            case Op.NEW -> {
                int argc = code[pc + 3] & 0xFF;
                ClassInfo cls = vm.classFor(prog, u16(code, pc + 1));
                int argStart = sp - argc;
                if (cls == null) {
                    String name = prog.image.types().get(u16(code, pc + 1)).name();
                    int member = vm.modulesByName.get("Task").members().slot(name);
                    if (member < 0) {
                        throw new RunaException("NameError", "no class called " + name);
                    }
                    // Channel(16), Mutex(), Semaphore(4): built-in constructors reached through NEW
                    st.ensureSlots(sp + 1);
                    System.arraycopy(st.p, argStart, st.p, argStart + 1, argc);
                    System.arraycopy(st.t, argStart, st.t, argStart + 1, argc);
                    ModuleInfo tasks = vm.modulesByName.get("Task");
                    st.t[argStart] = tasks.members().t[member];
                    st.p[argStart] = tasks.members().p[member];
                    st.sp = sp + 1;
                    return callValue(argStart + 1, argc, null);
                }
                st.ensureSlots(sp + 1);
                System.arraycopy(st.p, argStart, st.p, argStart + 1, argc);
                System.arraycopy(st.t, argStart, st.t, argStart + 1, argc);
                st.t[argStart] = Tag.NULL;
                st.p[argStart] = 0;
                st.sp = sp + 1;
                return construct(cls, argStart, argc);
            }
            case Op.CALL_SPREAD -> {
                int listSlot = sp - 1;
                if (!vm.isShape(st.t[listSlot], st.p[listSlot], Shapes.LIST)) {
                    throw RunaException.typeError("spread arguments must be a List");
                }
                long list = st.p[listSlot];
                int n = (int) Lists.size(vm.mem, list);
                st.ensureSlots(listSlot + n + 1);
                for (int i = 0; i < n; i++) {
                    st.t[listSlot + i] = Lists.tag(vm.mem, list, i);
                    st.p[listSlot + i] = Lists.payload(vm.mem, list, i);
                }
                st.sp = listSlot + n;
                return callValue(listSlot, n, null);
            }
            case Op.TAIL_CALL -> {
                int argc = code[pc + 1] & 0xFF;
                return tailCall(depth, sp - argc - 1, null, argc);
            }
            case Op.TAIL_CALL_KNOWN -> {
                int argc = code[pc + 3] & 0xFF;
                return tailCall(depth, -1, prog.fns[u16(code, pc + 1)], argc);
            }
            default -> throw new IllegalStateException("not a call: " + op);
        }
    }

    private static List<String> names(Program prog, int constant) {
        Constant.ListOf list = (Constant.ListOf) prog.image.constants().get(constant);
        List<String> out = new ArrayList<>(list.elements().size());
        for (int i : list.elements()) {
            out.add(prog.image.text(i));
        }
        return out;
    }

    /** Calls the value in slot {@code argStart - 1} with the {@code argc} values above it. */
    int callValue(int argStart, int argc, List<String> names) {
        int calleeSlot = argStart - 1;
        byte tag = st.t[calleeSlot];
        long payload = st.p[calleeSlot];
        if (tag == Tag.IMMEDIATE) {
            switch (Imm.kind(payload)) {
                case Imm.FUNCTION -> {
                    Fn f = vm.fns.get(Imm.index(payload));
                    return enter(f, argStart, argc, calleeSlot, -1, names, 0);
                }
                case Imm.NATIVE -> {
                    callNative(vm.natives.get(Imm.index(payload)), argStart, argc, null, calleeSlot);
                    return INLINE;
                }
                case Imm.CLASS -> {
                    return construct(vm.classes.get(Imm.index(payload)), calleeSlot, argc);
                }
                default -> {
                }
            }
        } else if (tag == Tag.REF) {
            int shape = Slots.shape(vm.mem, payload);
            if (shape == Shapes.CLOSURE) {
                Fn f = vm.fns.get(Imm.index(Closures.functionPayload(vm.mem, payload)));
                return enter(f, argStart, argc, calleeSlot, calleeSlot, names, 0);
            }
            if (shape == EngineShapes.BOUND_METHOD) {
                // Put the receiver in the callee's slot: it becomes parameter 0 of the method.
                byte mt = Slots.tag(vm.mem, payload, 1);
                long mp = Slots.payload(vm.mem, payload, 1);
                st.t[calleeSlot] = Slots.tag(vm.mem, payload, 0);
                st.p[calleeSlot] = Slots.payload(vm.mem, payload, 0);
                if (mt == Tag.IMMEDIATE && Imm.kind(mp) == Imm.FUNCTION) {
                    return enter(vm.fns.get(Imm.index(mp)), calleeSlot, argc + 1, calleeSlot, -1, names, 1);
                }
                vm.builtins.callMethod(vm.str(mp), calleeSlot, argc);
                return INLINE;
            }
        }
        throw RunaException.typeError(vm.aTypeName(tag, payload) + " is not a function and cannot be called");
    }

    /** Pushes a frame, reordering named arguments first ({@code self} = 1 when parameter 0 is the receiver). */
    private int enter(Fn f, int argStart, int argc, int resultSlot, int closureSlot, List<String> names, int self) {
        if (names == null || names.isEmpty()) {
            return pushFrame(f, argStart, argc, resultSlot, closureSlot, -1L);
        }
        int named = names.size();
        int positional = argc - named;
        byte[] tags = new byte[f.params];
        long[] payloads = new long[f.params];
        long mask = 0;
        for (int i = 0; i < positional && i < f.params; i++) {
            tags[i] = st.t[argStart + i];
            payloads[i] = st.p[argStart + i];
            mask |= 1L << i;
        }
        if (positional > f.params) {
            throw arity(f, argc - self);
        }
        for (int k = 0; k < named; k++) {
            String name = names.get(k);
            int index = -1;
            for (int i = self; i < f.params; i++) {
                if (f.paramNames[i].equals(name)) {
                    index = i;
                }
            }
            if (index < 0) {
                throw RunaException.typeError(f.name + " has no parameter called " + name);
            }
            if ((mask & (1L << index)) != 0) {
                throw RunaException.typeError(f.name + " got the argument " + name + " twice");
            }
            tags[index] = st.t[argStart + positional + k];
            payloads[index] = st.p[argStart + positional + k];
            mask |= 1L << index;
        }
        for (int i = 0; i < f.required; i++) {
            if ((mask & (1L << i)) == 0) {
                throw RunaException.typeError(f.name + " is missing the argument " + f.paramNames[i]);
            }
        }
        st.ensureSlots(argStart + f.params + 1);
        for (int i = 0; i < f.params; i++) {
            st.t[argStart + i] = tags[i] == Tag.EMPTY ? Tag.NULL : tags[i];
            st.p[argStart + i] = payloads[i];
        }
        st.sp = argStart + f.params;
        return pushFrame(f, argStart, f.params, resultSlot, closureSlot, mask);
    }

    /**
     * Pushes a frame for {@code f} whose arguments are already in place. {@code mask} says which
     * parameters were passed (-1: the first {@code argc}, which are then checked against the arity).
     * Calling a generator function builds the generator at once ({@link Interpreter#INLINE}).
     */
    int pushFrame(Fn f, int argStart, int argc, int resultSlot, int closureSlot, long mask) {
        ValueStack st = this.st;
        int d = st.depth + 1;
        if (d > vm.maxDepth) {
            throw new RunaException("StackOverflowError", "maximum call depth of " + vm.maxDepth + " frames exceeded in "
                    + f.name);
        }
        if (mask == -1L) {
            if (argc < f.required || (argc > f.params && !f.rest)) {
                throw arity(f, f.isMethod() ? argc - 1 : argc);
            }
            if (f.rest) {
                argc = collectRest(f, argStart, argc);
            }
            mask = argc >= 64 ? -1L : (1L << argc) - 1;
        }
        if (f.async && !asyncBody) {
            Tasks.startAsync(vm, f, argStart, argc, resultSlot, closureSlot, mask);
            return INLINE;
        }
        asyncBody = false;
        int frameTop = argStart + f.frameSize;
        st.ensureSlots(frameTop + f.maxStack + 2);
        byte[] t = st.t;
        long[] p = st.p;
        for (int i = argStart + argc; i < frameTop; i++) {
            t[i] = Tag.NULL;
            p[i] = 0;
        }
        st.ensureFrames(d);
        st.fFn[d] = f;
        st.fBase[d] = argStart;
        st.fPc[d] = f.start;
        st.fResult[d] = resultSlot;
        st.fClosure[d] = closureSlot;
        st.fArgs[d] = mask;
        st.depth = d;
        st.sp = frameTop;
        vm.tiering.called(f);
        if (f.generator) {
            Generators.create(vm, f, d);
            return INLINE;
        }
        vm.mut.poll();
        return PUSHED;
    }

    private int collectRest(Fn f, int argStart, int argc) {
        int restIndex = f.params - 1;
        int n = Math.max(0, argc - restIndex);
        st.sp = argStart + argc;
        long list = Lists.allocate(vm.mut, n);
        for (int i = 0; i < n; i++) {
            list = Lists.add(vm.mut, list, st.t[argStart + restIndex + i], st.p[argStart + restIndex + i]);
        }
        st.t[argStart + restIndex] = Tag.REF;
        st.p[argStart + restIndex] = list;
        st.sp = argStart + f.params;
        return f.params;
    }

    private RunaException arity(Fn f, int given) {
        int self = f.isMethod() ? 1 : 0;
        int min = f.required - self;
        int max = f.params - self;
        String expected = f.rest ? "at least " + min : min == max ? String.valueOf(min) : min + " to " + max;
        return RunaException.typeError(f.name + " takes " + expected + " argument" + (max == 1 && min == 1 ? "" : "s")
                + ", got " + given);
    }

    void callNative(NativeFn nf, int argStart, int argc, org.runavm.kernel.module.NativeObject receiver, int resultSlot) {
        if (argc < nf.minArity() || (nf.maxArity() >= 0 && argc > nf.maxArity())) {
            throw RunaException.typeError(nf.name() + " takes " + (nf.minArity() == nf.maxArity() ? nf.minArity()
                    : nf.minArity() + (nf.maxArity() < 0 ? " or more" : " to " + nf.maxArity())) + " arguments, got " + argc);
        }
        st.sp = argStart + argc;
        NativeCallImpl call = new NativeCallImpl(vm, argStart, argc, receiver);
        vm.flush(); // keep program order with output the native function writes itself
        nf.function().invoke(call);
        call.finish(resultSlot);
    }

    /**
     * Marks a method cache entry that holds a field index rather than a function index: {@code a.m(x)}
     * where the class has no method {@code m} but a field {@code m} holding a Function. Function
     * indexes stay far below it.
     */
    static final int FIELD_CALL = 1 << 30;

    int callMethod(Fn caller, String name, int argc, int cache, List<String> names) {
        int recvSlot = st.sp - argc - 1;
        byte rt = st.t[recvSlot];
        long rp = st.p[recvSlot];
        if (vm.isInstance(rt, rp)) {
            ClassInfo cls = vm.classes.get(Imm.index(Instances.classPayload(vm.mem, rp)));
            int target = cache >= 0 ? caller.cached(cache, cls.index) : -1;
            if (target < 0) {
                Integer m = cls.methods.get(name);
                Integer f = m == null ? cls.fieldIndex.get(name) : null;
                target = m != null ? m : f != null ? FIELD_CALL | f : -1;
                if (cache >= 0 && target >= 0) {
                    caller.cache(cache, cls.index, target);
                }
            }
            if (target >= 0 && (target & FIELD_CALL) == 0) {
                return enter(vm.fns.get(target), recvSlot, argc + 1, recvSlot, -1, names, 1);
            }
            if (target >= 0) { // a field holding a Function (language.md §6): call its value
                int field = target & ~FIELD_CALL;
                st.t[recvSlot] = Instances.fieldTag(vm.mem, rp, field);
                st.p[recvSlot] = Instances.fieldPayload(vm.mem, rp, field);
                return callValue(recvSlot + 1, argc, names);
            }
        } else if (rt == Tag.IMMEDIATE && Imm.kind(rp) == Imm.MODULE) {
            ModuleInfo module = vm.modules.get(Imm.index(rp));
            int slot = module.members().slot(name);
            if (!module.members().isDefined(slot)) {
                throw module.noMember(name);
            }
            st.t[recvSlot] = module.members().t[slot];
            st.p[recvSlot] = module.members().p[slot];
            return callValue(recvSlot + 1, argc, names);
        } else if (rt == Tag.IMMEDIATE && Imm.kind(rp) == Imm.OBJECT) {
            org.runavm.kernel.module.NativeObject object = vm.objects.get(Imm.index(rp));
            var methods = vm.nativeMethods(object.typeName());
            Integer nf = methods == null ? null : methods.get(name);
            if (nf != null) {
                callNative(vm.natives.get(nf), recvSlot + 1, argc, object, recvSlot);
                return INLINE;
            }
        }
        vm.builtins.callMethod(name, recvSlot, argc);
        return INLINE;
    }

    private int callSuper(Program prog, int typeId, String name, int argc) {
        int recvSlot = st.sp - argc - 1;
        ClassInfo cls = vm.classFor(prog, typeId);
        ClassInfo parent = cls == null ? null : cls.parent;
        Integer m = parent == null ? null : parent.methods.get(name);
        if (m != null) {
            return pushFrame(vm.fns.get(m), recvSlot, argc + 1, recvSlot, -1, -1L);
        }
        if (name.equals("initialize") && parent != null) {
            if (vm.types.isError(parent)) {
                Errors.initialize(vm, recvSlot, argc);
            } else if (argc > 0) {
                throw RunaException.typeError(parent.name + " has no initialize taking arguments");
            }
            st.t[recvSlot] = Tag.NULL;
            st.p[recvSlot] = 0;
            st.sp = recvSlot + 1;
            return INLINE;
        }
        vm.builtins.callMethod(name, recvSlot, argc);
        return INLINE;
    }

    /** Constructs an instance into {@code instSlot}; the {@code argc} arguments are just above it. */
    int construct(ClassInfo cls, int instSlot, int argc) {
        vm.linked(cls);
        if (cls.builtin != ClassInfo.USER) {
            vm.builtins.construct(cls, instSlot, argc);
            return INLINE;
        }
        st.sp = instSlot + 1 + argc;
        long inst = vm.newInstance(cls);
        st.t[instSlot] = Tag.REF;
        st.p[instSlot] = inst;
        List<ClassInfo> chain = new ArrayList<>();
        for (ClassInfo c = cls; c != null; c = c.parent) {
            chain.addFirst(c);
        }
        for (ClassInfo c : chain) {
            if (c.fieldDefaults >= 0) {
                int at = st.sp;
                st.push(Tag.IMMEDIATE, Imm.of(Imm.FUNCTION, c.fieldDefaults));
                st.push(st.t[instSlot], st.p[instSlot]);
                callNested(at + 1, 1);
                st.sp = at;
            }
        }
        Integer init = cls.methods.get("initialize");
        if (init != null) {
            return pushFrame(vm.fns.get(init), instSlot, argc + 1, ~instSlot, -1, -1L);
        }
        if (vm.types.isError(cls)) {
            Errors.initialize(vm, instSlot, argc);
        } else if (argc > 0) {
            throw RunaException.typeError(cls.name + " takes no arguments (it defines no initialize)");
        }
        st.sp = instSlot + 1;
        return INLINE;
    }

    private int tailCall(int depth, int calleeSlot, Fn known, int argc) {
        int argStart = st.sp - argc;
        Fn target = known;
        boolean closure = false;
        if (known == null) {
            byte tag = st.t[calleeSlot];
            long payload = st.p[calleeSlot];
            if (tag == Tag.IMMEDIATE && Imm.kind(payload) == Imm.FUNCTION) {
                target = vm.fns.get(Imm.index(payload));
            } else if (tag == Tag.REF && Slots.shape(vm.mem, payload) == Shapes.CLOSURE) {
                target = vm.fns.get(Imm.index(Closures.functionPayload(vm.mem, payload)));
                closure = true;
            }
        }
        int rs = st.fResult[depth];
        if (target != null && target.generator) {
            int resultSlot = known != null ? argStart : calleeSlot;
            if (known != null) {
                pushFrame(known, argStart, argc, argStart, -1, -1L);
            } else {
                callValue(argStart, argc, null);
            }
            return returnFrom(depth, st.t[resultSlot], st.p[resultSlot]);
        }
        if (rs == Generators.FRAME) {
            target = null; // a generator's frame is never replaced: it must end through RETURN
        }
        if (target == null && known != null) {
            pushFrame(known, argStart, argc, argStart, -1, -1L);
            interp.execute(st.depth);
            return returnFrom(depth, st.t[argStart], st.p[argStart]);
        }
        if (target == null) {
            // Not a Runa function: call it here, then return its result from this frame.
            int status = callValue(argStart, argc, null);
            if (status == PUSHED) {
                interp.execute(st.depth);
            }
            return returnFrom(depth, st.t[calleeSlot], st.p[calleeSlot]);
        }
        if (argc < target.required || (argc > target.params && !target.rest)) {
            throw arity(target, argc);
        }
        int d = depth;
        st.depth = d - 1;
        if (rs >= 0) {
            int from = closure ? calleeSlot : argStart;
            int n = closure ? argc + 1 : argc;
            System.arraycopy(st.p, from, st.p, rs, n);
            System.arraycopy(st.t, from, st.t, rs, n);
            st.sp = rs + n;
            pushFrame(target, closure ? rs + 1 : rs, argc, rs, closure ? rs : -1, -1L);
        } else {
            pushFrame(target, argStart, argc, rs, closure ? calleeSlot : -1, -1L);
        }
        return PUSHED;
    }

    /** Returns a value from the frame at {@code depth} (as RETURN does) for calls finished in Java. */
    private int returnFrom(int depth, byte tag, long payload) {
        int rs = st.fResult[depth];
        if (rs == Generators.FRAME) {
            Generators.finish(vm, depth);
            return PUSHED;
        }
        if (rs >= 0) {
            st.t[rs] = tag;
            st.p[rs] = payload;
            st.sp = rs + 1;
        } else {
            st.sp = ~rs + 1;
        }
        st.depth = depth - 1;
        if (st.depth >= interp.entryDepth()) {
            Fn caller = st.fFn[st.depth];
            st.fPc[st.depth] += Op.LEN[caller.code[st.fPc[st.depth]] & 0xFF];
        }
        return PUSHED;
    }

    /**
     * Calls the callee in slot {@code argStart - 1} from Java and waits for its result, which is then
     * in that slot with {@code st.sp} just above. Errors propagate as {@link ThrownError}.
     */
    /** Runs the body of an Async Process on the current (task) thread; its result ends in {@code resultSlot}. */
    void runAsyncBody(Fn f, int argStart, int argc, int resultSlot, int closureSlot, long mask) {
        asyncBody = true;
        if (pushFrame(f, argStart, argc, resultSlot, closureSlot, mask) == PUSHED) {
            interp.execute(st.depth);
        }
    }

    void callMethodNested(String name, int recvSlot, int argc) {
        st.sp = recvSlot + 1 + argc;
        if (callMethod(null, name, argc, -1, null) == PUSHED) {
            interp.execute(st.depth);
        }
    }

    void callNested(int argStart, int argc) {
        int status = callValue(argStart, argc, null);
        if (status == PUSHED) {
            interp.execute(st.depth);
        }
    }
}
