package org.runavm.ffi.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.function.Function;
import org.runavm.kernel.ffi.ForeignException;
import org.runavm.kernel.ffi.ForeignSignature;
import org.runavm.kernel.ffi.ForeignType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Java function behind a C function pointer (an upcall stub). Native arguments are converted like
 * call results, the function's answer like a call argument. Nothing may be thrown back into native
 * code, so every failure goes to {@link CallbackFailures} and the stub returns zero.
 */
final class Callback {
    private static final Logger LOG = LoggerFactory.getLogger(Callback.class);
    private static final MethodHandle DISPATCH;

    static {
        try {
            DISPATCH = MethodHandles.lookup().findVirtual(Callback.class, "dispatch",
                    MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final ForeignSignature signature;
    private final Function<Object[], Object> target;

    private Callback(ForeignSignature signature, Function<Object[], Object> target) {
        this.signature = signature;
        this.target = target;
    }

    /** A C function pointer of {@code signature} calling {@code target}, freed when {@code arena} closes. */
    @SuppressWarnings("restricted")
    static MemorySegment stub(ForeignSignature signature, Function<Object[], Object> target, Arena arena) {
        if (signature.variadic()) {
            throw new ForeignException("a callback cannot be variadic: C calls it with a fixed signature");
        }
        FunctionDescriptor descriptor = NativeTypes.descriptor(signature.parameters(), signature.result(), List.of());
        MethodHandle handle = DISPATCH.bindTo(new Callback(signature, target))
                .asCollector(Object[].class, signature.parameters().size())
                .asType(descriptor.toMethodType());   // boxes the arguments, unboxes the exact carrier returned
        return NativeTypes.LINKER.upcallStub(handle, descriptor, arena);
    }

    private Object dispatch(Object[] carriers) {
        ForeignType result = signature.result();
        if (CallbackFailures.failed()) {
            return zero(result);   // an earlier call failed: run no more Java code until native returns
        }
        try {
            Object[] arguments = new Object[carriers.length];
            for (int i = 0; i < carriers.length; i++) {
                arguments[i] = ResultConverter.toJava(signature.parameters().get(i), carriers[i]);
            }
            Object answer = target.apply(arguments);
            return result == ForeignType.VOID ? null
                    : ArgumentConverter.toNative(result, answer, "callback result");
        } catch (Throwable failure) {
            if (!CallbackFailures.record(failure)) {
                LOG.warn("a callback called from a native thread failed: {}", failure.toString());
            }
            return zero(result);
        }
    }

    private static Object zero(ForeignType result) {
        return switch (result) {
            case VOID -> null;
            case DECIMAL, FLOAT32, FLOAT64 -> ArgumentConverter.toNative(result, 0.0, "zero");
            case BOOLEAN -> ArgumentConverter.toNative(result, false, "zero");
            case POINTER -> MemorySegment.NULL;
            default -> ArgumentConverter.toNative(result, 0L, "zero");
        };
    }
}
