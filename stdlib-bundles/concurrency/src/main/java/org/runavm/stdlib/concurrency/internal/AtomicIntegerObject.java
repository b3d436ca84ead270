package org.runavm.stdlib.concurrency.internal;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;
import org.runavm.kernel.module.NativeFunction;
import org.runavm.kernel.module.NativeObject;

/**
 * {@code AtomicInteger(initial)}: an Integer that tasks update without a lock. Every update is atomic;
 * like Integer arithmetic it never wraps ({@code OverflowError}, and the value is left unchanged).
 */
final class AtomicIntegerObject implements NativeObject {
    static final String TYPE = "AtomicInteger";
    final AtomicLong value;

    AtomicIntegerObject(long initial) {
        value = new AtomicLong(initial);
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public String toText() {
        return TYPE + "(" + value.get() + ")";
    }

    static void define(ModuleDefinition definition) {
        definition.function(TYPE, 0, 1, call -> call.returnValue(
                new AtomicIntegerObject(call.argumentCount() == 0 ? 0 : call.integer(0))));
        definition.type(TYPE, Map.<String, NativeFunction>of(
                "get", call -> {
                    arity(call, "get", 0);
                    call.returnInteger(self(call).value.get());
                },
                "set", call -> {
                    arity(call, "set", 1);
                    self(call).value.set(call.integer(0));
                    call.returnNull();
                },
                "get_and_set", call -> {
                    arity(call, "get_and_set", 1);
                    call.returnInteger(self(call).value.getAndSet(call.integer(0)));
                },
                "add", call -> {
                    arity(call, "add", 1);
                    call.returnInteger(self(call).add(call.integer(0), "add"));
                },
                "increment", call -> {
                    arity(call, "increment", 0);
                    call.returnInteger(self(call).add(1, "increment"));
                },
                "decrement", call -> {
                    arity(call, "decrement", 0);
                    call.returnInteger(self(call).add(-1, "decrement"));
                },
                "compare_and_set", call -> {
                    arity(call, "compare_and_set", 2);
                    call.returnBoolean(self(call).value.compareAndSet(call.integer(0), call.integer(1)));
                }));
    }

    /** Adds {@code delta} atomically and returns the new value. */
    long add(long delta, String operation) {
        while (true) {
            long current = value.get();
            long next;
            try {
                next = Math.addExact(current, delta);
            } catch (ArithmeticException e) {
                throw new NativeError("OverflowError", "AtomicInteger." + operation + ": " + current + " + " + delta
                        + " does not fit an Integer");
            }
            if (value.compareAndSet(current, next)) {
                return next;
            }
        }
    }

    private static AtomicIntegerObject self(NativeCall call) {
        return (AtomicIntegerObject) call.receiver();
    }

    static void arity(NativeCall call, String method, int n) {
        if (call.argumentCount() != n) {
            throw new NativeError("TypeError", "AtomicInteger." + method + " takes " + n + " argument"
                    + (n == 1 ? "" : "s") + ", got " + call.argumentCount());
        }
    }
}
