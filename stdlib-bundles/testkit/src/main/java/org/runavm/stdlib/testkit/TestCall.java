package org.runavm.stdlib.testkit;

import org.runavm.kernel.module.ModuleEnvironment;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;
import org.runavm.kernel.module.NativeObject;

/** One native call over Java values, as an engine would make it. */
public final class TestCall implements NativeCall {
    private final ModuleEnvironment environment;
    private final NativeObject receiver;
    private final Object[] arguments;
    private Object result;

    public TestCall(ModuleEnvironment environment, NativeObject receiver, Object... arguments) {
        this.environment = environment;
        this.receiver = receiver;
        this.arguments = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            this.arguments[i] = JavaValues.normalize(arguments[i]);
        }
    }

    /** What the function returned ({@code null} when it set no result). */
    public Object result() {
        return result;
    }

    @Override
    public ModuleEnvironment environment() {
        return environment;
    }

    @Override
    public int argumentCount() {
        return arguments.length;
    }

    @Override
    public String typeName(int index) {
        return JavaValues.typeName(arguments[index]);
    }

    @Override
    public boolean isNull(int index) {
        return arguments[index] == null;
    }

    @Override
    public long integer(int index) {
        if (arguments[index] instanceof Long l) {
            return l;
        }
        throw wrongType(index, "Integer");
    }

    @Override
    public double decimal(int index) {
        return switch (arguments[index]) {
            case Long l -> l;
            case Double d -> d;
            default -> throw wrongType(index, "Decimal");
        };
    }

    @Override
    public boolean bool(int index) {
        if (arguments[index] instanceof Boolean b) {
            return b;
        }
        throw wrongType(index, "Boolean");
    }

    @Override
    public String text(int index) {
        if (arguments[index] instanceof String s) {
            return s;
        }
        throw wrongType(index, "Text");
    }

    private NativeError wrongType(int index, String expected) {
        return new NativeError("TypeError",
                "argument " + (index + 1) + " must be " + expected + ", not " + typeName(index));
    }

    @Override
    public Object argument(int index) {
        return arguments[index];
    }

    @Override
    public NativeObject receiver() {
        return receiver;
    }

    @Override
    public Object callFunction(int index, Object... callArguments) {
        if (!(arguments[index] instanceof TestFunction function)) {
            throw wrongType(index, "Function");
        }
        for (Object a : callArguments) {
            JavaValues.requireMapped(a);
        }
        return JavaValues.normalize(function.body().apply(callArguments));
    }

    @Override
    public void returnNull() {
        result = null;
    }

    @Override
    public void returnInteger(long value) {
        result = value;
    }

    @Override
    public void returnDecimal(double value) {
        result = value;
    }

    @Override
    public void returnBoolean(boolean value) {
        result = value;
    }

    @Override
    public void returnText(String value) {
        if (value == null) {
            throw new IllegalArgumentException("returnText(null): use returnNull");
        }
        result = value;
    }

    @Override
    public void returnValue(Object value) {
        JavaValues.requireMapped(value);
        result = value;
    }
}
