package org.runavm.engine.interpreter.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.exec.StackFrame;
import org.runavm.kernel.exec.UncaughtError;
import org.runavm.kernel.ffi.ForeignException;
import org.runavm.kernel.heap.OutOfManagedMemory;
import org.runavm.kernel.heap.objects.Instances;
import org.runavm.kernel.heap.objects.Lists;
import org.runavm.kernel.heap.objects.UnhashableKeyException;
import org.runavm.kernel.module.NativeError;
import org.runavm.kernel.module.ProgramExit;
import org.runavm.kernel.security.SecurityViolation;
import org.runavm.kernel.value.Tag;

/**
 * Raising and catching Runa errors. Whatever goes wrong during an instruction (a {@link RunaException}
 * from engine code, a native module's {@link NativeError}, a denied capability, exhausted memory, an
 * overflow caught by {@code Math.addExact}) becomes an error instance in the VM's pending register;
 * then the frames are searched innermost first through their exception tables, and the first
 * matching handler gets the error as the only value on its operand stack.
 */
final class Errors {
    private static final Pattern FRAME = Pattern.compile("^(.*) \\((.*):(\\d+):(\\d+)\\)$");

    private Errors() {
    }

    /** Turns {@code ex} into the pending error and unwinds to a handler, or throws {@link ThrownError}. */
    static void handle(Vm vm, Throwable ex, int entryDepth) {
        if (ex instanceof ProgramStop || ex instanceof ProgramExit) {
            throw (RuntimeException) ex;
        }
        if (!(ex instanceof ThrownError)) {
            try {
                convert(vm, ex);
            } catch (OutOfManagedMemory oom) {
                vm.limitHit = true;
                vm.setPending(Tag.REF, vm.regs.p[Vm.REG_OOM]);
            }
        }
        unwind(vm, entryDepth);
    }

    private static void convert(Vm vm, Throwable ex) {
        switch (ex) {
            case RunaException r -> {
                if (r.type().equals("TimeoutError") && vm.limits.raised()) {
                    vm.limitHit = true;
                }
                vm.setPendingError(r.type(), r.getMessage());
            }
            case OutOfManagedMemory oom -> {
                vm.limitHit = true;
                vm.setPendingError("OutOfMemoryError", "the managed heap is exhausted (maximum " + oom.maxBytes()
                        + " bytes)");
            }
            case NativeError n -> vm.setPendingError(n.errorType(), n.getMessage());
            case SecurityViolation s -> vm.setPendingError("SecurityError", s.getMessage());
            case ForeignException f -> vm.setPendingError("FFIError", f.getMessage());
            case UnhashableKeyException u -> vm.setPendingError("TypeError", u.getMessage());
            case IndexOutOfBoundsException i -> vm.setPendingError("IndexError", i.getMessage());
            case ArithmeticException a -> vm.setPendingError("OverflowError", "Integer overflow");
            case StackOverflowError s -> vm.setPendingError("StackOverflowError", "the native stack is exhausted");
            case RuntimeException r -> throw r;
            case Error e -> throw e;
            default -> throw new IllegalStateException(ex);
        }
    }

    private static void unwind(Vm vm, int entryDepth) {
        ValueStack st = vm.st;
        byte et = vm.regs.t[Vm.REG_PENDING];
        long ep = vm.regs.p[Vm.REG_PENDING];
        ClassInfo errorClass = vm.classOf(et, ep);
        for (int d = st.depth; d >= entryDepth; d--) {
            Fn fn = st.fFn[d];
            int pc = st.fPc[d];
            for (int h = 0; h < fn.hStart.length; h++) {
                if (pc >= fn.hStart[h] && pc < fn.hEnd[h] && catches(vm, fn, fn.hType[h], errorClass)) {
                    st.depth = d;
                    st.sp = st.fBase[d] + fn.frameSize;
                    st.ensureSlots(st.sp + 1);
                    st.push(vm.regs.t[Vm.REG_PENDING], vm.regs.p[Vm.REG_PENDING]);
                    vm.setPending(Tag.EMPTY, 0);
                    st.fPc[d] = fn.hHandler[h];
                    return;
                }
            }
            if (st.fResult[d] == Generators.FRAME) {
                Generators.abandon(vm, d);
            }
        }
        int rs = st.fResult[entryDepth];
        st.depth = entryDepth - 1;
        st.sp = rs >= 0 ? rs : ~rs;
        throw ThrownError.INSTANCE;
    }

    private static boolean catches(Vm vm, Fn fn, int typeId, ClassInfo errorClass) {
        if (typeId == ProgramImage.NO_ID) {
            return true;
        }
        ClassInfo c = vm.classFor(fn.program, typeId);
        return c != null && errorClass.isSubclassOf(c);
    }

    /**
     * Makes the value in {@code slot} the pending error: a Text becomes an {@code Error} with that
     * message; THROW records the stack trace of an error thrown for the first time (UNWIND keeps it).
     */
    static void prepareThrow(Vm vm, int slot, boolean record) {
        ValueStack st = vm.st;
        byte tag = st.t[slot];
        long payload = st.p[slot];
        if (vm.isInstance(tag, payload) && vm.types.isError(vm.classOf(tag, payload))) {
            if (record && Instances.fieldTag(vm.mem, payload, 1) == Tag.NULL) {
                int mark = vm.mut.localsMark();
                int root = vm.mut.pushLocal(payload);
                vm.fillStackTrace(root);
                payload = vm.mut.local(root);
                vm.mut.popLocals(mark);
            }
            vm.setPending(Tag.REF, payload);
            return;
        }
        if (!record) {
            vm.setPending(tag, payload);
            return;
        }
        String message = vm.isText(tag, payload) ? vm.str(payload) : TextForm.plain(vm, tag, payload);
        vm.setPending(Tag.REF, vm.newError(vm.types.error, message));
    }

    /** The built-in {@code initialize(message)} of error classes, on the instance in {@code slot}. */
    static void initialize(Vm vm, int slot, int argc) {
        ValueStack st = vm.st;
        String message = "";
        if (argc > 0) {
            byte mt = st.t[slot + 1];
            long mp = st.p[slot + 1];
            message = vm.isText(mt, mp) ? vm.str(mp) : TextForm.plain(vm, mt, mp);
        }
        long text = vm.text(message);
        Instances.setField(vm.mut, st.p[slot], 0, Tag.REF, text);
    }

    /** The pending error as the engine's report, for a run that ends with it. */
    static UncaughtError uncaught(Vm vm) {
        byte tag = vm.regs.t[Vm.REG_PENDING];
        long payload = vm.regs.p[Vm.REG_PENDING];
        ClassInfo cls = vm.classOf(tag, payload);
        List<StackFrame> frames = new ArrayList<>();
        if (vm.isInstance(tag, payload) && vm.types.isError(cls)) {
            byte lt = Instances.fieldTag(vm.mem, payload, 1);
            long lp = Instances.fieldPayload(vm.mem, payload, 1);
            if (vm.isShape(lt, lp, org.runavm.kernel.heap.Shapes.LIST)) {
                for (long i = 0; i < Lists.size(vm.mem, lp); i++) {
                    String line = vm.str(Lists.payload(vm.mem, lp, i));
                    Matcher m = FRAME.matcher(line);
                    if (m.matches()) {
                        frames.add(new StackFrame(m.group(1), m.group(2), Integer.parseInt(m.group(3)),
                                Integer.parseInt(m.group(4))));
                    }
                }
            }
        }
        boolean limit = vm.limitHit && (cls.name.equals("OutOfMemoryError") || cls.name.equals("TimeoutError"));
        return new UncaughtError(cls.name, vm.errorMessage(tag, payload), frames, limit);
    }
}
