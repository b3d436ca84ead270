package org.runavm.engine.interpreter.internal;

import org.runavm.kernel.module.ModuleEnvironment;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeObject;
import org.runavm.kernel.value.Tag;
import org.runavm.kernel.value.Values;

/**
 * One call of a native function: the arguments stay in their value-stack slots (so they remain
 * rooted and current), scalar results are kept as tag and payload, and an object result is converted
 * only after the function returned ({@link #finish}).
 */
final class NativeCallImpl implements NativeCall {
    private final Vm vm;
    private final int argStart;
    private final int argc;
    private final NativeObject receiver;
    private byte resultTag = Tag.NULL;
    private long resultPayload;
    private Object resultObject;
    private boolean objectResult;

    NativeCallImpl(Vm vm, int argStart, int argc, NativeObject receiver) {
        this.vm = vm;
        this.argStart = argStart;
        this.argc = argc;
        this.receiver = receiver;
    }

    /** The VM (or task view) this call runs in. */
    Vm vm() {
        return vm;
    }

    /** The value-stack slot of argument {@code i}. */
    int slot(int i) {
        check(i);
        return argStart + i;
    }

    private byte t(int i) {
        check(i);
        return vm.st.t[argStart + i];
    }

    private long p(int i) {
        return vm.st.p[argStart + i];
    }

    private void check(int i) {
        if (i < 0 || i >= argc) {
            throw RunaException.typeError("missing argument " + (i + 1));
        }
    }

    @Override
    public ModuleEnvironment environment() {
        return new ModuleEnvironmentImpl(vm);
    }

    @Override
    public int argumentCount() {
        return argc;
    }

    @Override
    public String typeName(int index) {
        return vm.typeName(t(index), p(index));
    }

    @Override
    public boolean isNull(int index) {
        return t(index) == Tag.NULL;
    }

    @Override
    public long integer(int index) {
        if (t(index) != Tag.INTEGER) {
            throw RunaException.typeError("argument " + (index + 1) + " must be an Integer, not "
                    + Vm.withArticle(typeName(index)));
        }
        return p(index);
    }

    @Override
    public double decimal(int index) {
        if (!Tag.isNumber(t(index))) {
            throw RunaException.typeError("argument " + (index + 1) + " must be a number, not "
                    + Vm.withArticle(typeName(index)));
        }
        return Values.asDouble(t(index), p(index));
    }

    @Override
    public boolean bool(int index) {
        if (t(index) != Tag.BOOLEAN) {
            throw RunaException.typeError("argument " + (index + 1) + " must be a Boolean, not "
                    + Vm.withArticle(typeName(index)));
        }
        return p(index) != 0;
    }

    @Override
    public String text(int index) {
        if (!vm.isText(t(index), p(index))) {
            throw RunaException.typeError("argument " + (index + 1) + " must be a Text, not "
                    + Vm.withArticle(typeName(index)));
        }
        return vm.str(p(index));
    }

    @Override
    public Object argument(int index) {
        return JavaValues.toJava(vm, t(index), p(index));
    }

    @Override
    public NativeObject receiver() {
        return receiver;
    }

    @Override
    public Object callFunction(int index, Object... arguments) {
        ValueStack st = vm.st;
        int at = st.sp;
        st.push(t(index), p(index));
        for (Object a : arguments) {
            JavaValues.push(vm, a);
        }
        vm.interp.calls().callNested(at + 1, arguments.length);
        Object result = JavaValues.toJava(vm, st.t[at], st.p[at]);
        if (!(result instanceof JavaValues.Ref)) {
            st.sp = at;
        }
        return result;
    }

    @Override
    public void returnNull() {
        scalar(Tag.NULL, 0);
    }

    @Override
    public void returnInteger(long value) {
        scalar(Tag.INTEGER, value);
    }

    @Override
    public void returnDecimal(double value) {
        scalar(Tag.DECIMAL, Values.decimalBits(value));
    }

    @Override
    public void returnBoolean(boolean value) {
        scalar(Tag.BOOLEAN, value ? 1 : 0);
    }

    @Override
    public void returnText(String value) {
        returnValue(value);
    }

    @Override
    public void returnValue(Object value) {
        objectResult = true;
        resultObject = value;
    }

    @Override
    public <T> T blocking(Blocking<T> action) {
        Object[] result = new Object[1];
        boolean[] interrupted = new boolean[1];
        Tasks.blocking(vm, () -> {
            try {
                result[0] = action.run();
            } catch (InterruptedException e) {
                interrupted[0] = true;
            }
        });
        if (interrupted[0]) {
            Tasks.checkCancelled(vm);
            throw new RunaException("CancelledError", "interrupted while waiting");
        }
        // a wait that completed keeps its effect (a permit taken stays taken); a cancellation that
        // came meanwhile is seen at the task's next check
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    /** Returns a value as it is (for engine-built functions whose result is already a Runa value). */
    void finishWith(byte tag, long payload) {
        scalar(tag, payload);
    }

    private void scalar(byte tag, long payload) {
        objectResult = false;
        resultTag = tag;
        resultPayload = payload;
    }

    /** Puts the result in {@code resultSlot} and drops everything above it. */
    void finish(int resultSlot) {
        ValueStack st = vm.st;
        if (objectResult) {
            JavaValues.push(vm, resultObject);
            st.t[resultSlot] = st.t[st.sp - 1];
            st.p[resultSlot] = st.p[st.sp - 1];
        } else {
            st.t[resultSlot] = resultTag;
            st.p[resultSlot] = resultPayload;
        }
        st.sp = resultSlot + 1;
    }
}
