package org.runavm.ffi.internal;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.runavm.kernel.ffi.ForeignException;
import org.runavm.kernel.ffi.ForeignFunction;
import org.runavm.kernel.ffi.ForeignSignature;
import org.runavm.kernel.ffi.ForeignType;

/**
 * A native function and its downcall handles. A fixed signature has one handle, made when it is
 * linked; a variadic one gets a handle per list of variadic argument types (C passes {@code printf}'s
 * {@code "%d"} and {@code "%s"} arguments differently), made on first use and kept.
 *
 * <p>Every handle is adapted to {@code (Object[])Object}, so one call path serves every signature.
 */
final class NativeFunction implements ForeignFunction {
    private final String name;
    private final MemorySegment address;
    private final ForeignSignature signature;
    private final NativeLibrary library;
    private final MethodHandle fixed;
    private final Map<List<ForeignType>, MethodHandle> variadic = new ConcurrentHashMap<>();

    NativeFunction(String name, MemorySegment address, ForeignSignature signature, NativeLibrary library) {
        this.name = name;
        this.address = address;
        this.signature = signature;
        this.library = library;
        this.fixed = signature.variadic() ? null : handle(List.of());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ForeignSignature signature() {
        return signature;
    }

    @Override
    public Object invoke(Object... arguments) {
        Object[] carriers = convert(arguments);
        Object result = library.call(this, () -> {
            MethodHandle handle = fixed != null ? fixed
                    : variadic.computeIfAbsent(variadicTypes(arguments), this::handle);
            return (Object) handle.invokeExact(carriers);
        });
        return ResultConverter.toJava(signature.result(), result);
    }

    private Object[] convert(Object[] arguments) {
        int count = signature.parameters().size();
        if (arguments.length < count || arguments.length > count && !signature.variadic()) {
            throw new ForeignException(name + " takes " + (signature.variadic() ? "at least " : "") + count
                    + (count == 1 ? " argument" : " arguments") + ", got " + arguments.length);
        }
        Object[] carriers = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            if (i < count) {
                carriers[i] = ArgumentConverter.toNative(signature.parameters().get(i), arguments[i],
                        name + ": parameter " + signature.parameterName(i));
            } else {
                String where = name + ": argument " + (i + 1);
                carriers[i] = ArgumentConverter.toNative(ArgumentConverter.variadicType(arguments[i], where),
                        arguments[i], where);
            }
        }
        return carriers;
    }

    private List<ForeignType> variadicTypes(Object[] arguments) {
        List<ForeignType> types = new ArrayList<>(arguments.length - signature.parameters().size());
        for (int i = signature.parameters().size(); i < arguments.length; i++) {
            types.add(ArgumentConverter.variadicType(arguments[i], name + ": argument " + (i + 1)));
        }
        return List.copyOf(types);
    }

    @SuppressWarnings("restricted")
    private MethodHandle handle(List<ForeignType> variadicTypes) {
        FunctionDescriptor descriptor = NativeTypes.descriptor(signature.parameters(), signature.result(),
                variadicTypes);
        Linker.Option[] options = signature.variadic()
                ? new Linker.Option[] {Linker.Option.firstVariadicArg(signature.parameters().size())}
                : new Linker.Option[0];
        MethodHandle handle = NativeTypes.LINKER.downcallHandle(address, descriptor, options);
        int arity = handle.type().parameterCount();
        return handle.asType(handle.type().generic()).asSpreader(Object[].class, arity);
    }
}
