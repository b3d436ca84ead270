package org.runavm.engine.interpreter.internal;

import java.util.ArrayList;
import java.util.List;
import org.runavm.kernel.bytecode.Constant;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.bytecode.TypeInfo;
import org.runavm.kernel.ffi.ForeignException;
import org.runavm.kernel.ffi.ForeignFunction;
import org.runavm.kernel.ffi.ForeignSignature;
import org.runavm.kernel.ffi.ForeignType;
import org.runavm.kernel.ffi.Pointer;
import org.runavm.kernel.heap.objects.Lists;
import org.runavm.kernel.value.Tag;
import org.runavm.kernel.value.Values;

/**
 * {@code INVOKE_FFI}: calls the native function an {@code External Process} declares (language.md §10)
 * through the VM's {@link org.runavm.kernel.ffi.ForeignSession}.
 *
 * <p>Order of a call: the {@code ffi} permission for the library (every call, so a policy change applies
 * to the next one); the library opened and the symbol linked on the first call (an unknown library or
 * symbol is an {@code FFIError} at the call, naming both); the arguments converted and checked (a Runa
 * value of the wrong type is a {@code TypeError}, a value the native type cannot hold an
 * {@code FFIError}); the VM's buffered output flushed; the call (C's streams are flushed when it
 * returns); output written by callbacks flushed; the result converted.
 */
final class ForeignCalls {
    /** The VM whose native call is running on this thread: callbacks run Runa code in it. */
    private static final ThreadLocal<Vm> CURRENT = new ThreadLocal<>();

    /** A linked external process: the native function, and its native symbol, which messages name. */
    record Linked(ForeignFunction function, String name) {
        ForeignSignature signature() {
            return function.signature();
        }
    }

    private ForeignCalls() {
    }

    /** Runs the INVOKE_FFI of {@code fn}: arguments in {@code argc} slots from {@code argStart}; the result replaces them. */
    static void invoke(Vm vm, Fn fn, int constant, int argStart, int argc) {
        Foreign foreign = vm.root.foreign;
        Constant.ExternalRef ref = (Constant.ExternalRef) fn.program.image.constants().get(constant);
        String library = fn.program.image.header().nativeLibraries().get(ref.libraryIndex());
        foreign.requireLibrary(library);
        Linked linked = foreign.linked(fn);
        if (linked == null) {
            ForeignSignature signature = signature(fn);
            foreign.session(); // without the ffi bundle, that is the whole story
            org.runavm.kernel.ffi.ForeignLibrary lib;
            try {
                lib = foreign.library(library);
            } catch (ForeignException e) {
                throw new ForeignException("cannot link " + ref.name() + ": " + e.getMessage(), e);
            }
            linked = new Linked(lib.link(ref.name(), signature), ref.name());
            foreign.link(fn, linked);
        }
        Object[] arguments = arguments(vm, linked, argStart, argc);
        Object result = call(vm, linked.function(), arguments);
        ValueStack st = vm.st;
        st.sp = argStart;
        JavaValues.push(vm, toRuna(vm, result));
    }

    /** Calls {@code function} with the VM's output flushed first and the thread in a safe region. */
    private static Object call(Vm vm, ForeignFunction function, Object[] arguments) {
        vm.flush();
        Vm previous = CURRENT.get();
        CURRENT.set(vm);
        vm.mut.enterSafeRegion();
        try {
            return function.invoke(arguments);
        } finally {
            vm.mut.leaveSafeRegion();
            CURRENT.set(previous);
            vm.flush();
        }
    }

    // ---- signatures ------------------------------------------------------------------------------

    /** The C signature of an external process, from its declared types. */
    static ForeignSignature signature(Fn fn) {
        List<FunctionInfo.Parameter> params = fn.info.parameters();
        List<ForeignType> types = new ArrayList<>();
        List<String> names = new ArrayList<>();
        boolean variadic = false;
        for (int i = 0; i < params.size(); i++) {
            FunctionInfo.Parameter param = params.get(i);
            String typeName = param.typeId() < 0 ? null : TypeCheck.describe(fn.program, param.typeId());
            if ("Any".equals(typeName)) {
                if (i != params.size() - 1) {
                    throw new ForeignException(fn.name + ": parameter " + param.name()
                            + " is declared as Any, which only the last parameter can be (the variadic part)");
                }
                variadic = true;
                continue;
            }
            types.add(nativeType(fn.name, "parameter " + param.name(), typeName, false));
            names.add(param.name());
        }
        String result = returnTypeName(fn);
        ForeignType returns = result == null ? ForeignType.VOID : nativeType(fn.name, "the result", result, true);
        return new ForeignSignature(types, returns, variadic, names);
    }

    private static String returnTypeName(Fn fn) {
        if (fn.info.typeId() >= 0 && fn.program.image.types().get(fn.info.typeId()).shape()
                instanceof TypeInfo.FunctionSig sig && sig.returnTypeId() >= 0) {
            return TypeCheck.describe(fn.program, sig.returnTypeId());
        }
        return null;
    }

    private static ForeignType nativeType(String function, String what, String typeName, boolean result) {
        if (typeName == null) {
            throw new ForeignException(function + ": " + what + " has no type; an External Process declares the "
                    + "native type of every parameter");
        }
        ForeignType type = ForeignType.fromRunaName(typeName);
        if (type == null || (type == ForeignType.VOID && !result)) {
            throw new ForeignException(function + ": " + what + " is declared as " + typeName
                    + ", which is not a native type (Integer, Decimal, Boolean, Pointer, Int8 .. Int64, UInt8 .. UInt64, "
                    + "Float32, Float64)");
        }
        return type;
    }

    // ---- Runa values to native arguments ---------------------------------------------------------

    private static Object[] arguments(Vm vm, Linked linked, int argStart, int argc) {
        ForeignSignature sig = linked.signature();
        int fixed = sig.parameters().size();
        List<Object> out = new ArrayList<>(argc + 4);
        for (int i = 0; i < fixed; i++) {
            out.add(toNative(vm, sig.parameters().get(i), argStart + i,
                    linked.name() + ": parameter " + sig.parameterName(i)));
        }
        if (sig.variadic() && argc > fixed) {
            ValueStack st = vm.st;
            int listSlot = argStart + fixed;
            long n = Lists.size(vm.mem, st.p[listSlot]);
            for (long i = 0; i < n; i++) {
                // each element is copied to the top of the stack, where a callback's allocation keeps it rooted
                long list = st.p[listSlot];
                int at = st.sp;
                st.push(Lists.tag(vm.mem, list, i), Lists.payload(vm.mem, list, i));
                out.add(variadic(vm, at, linked.name() + ": variadic argument " + (fixed + i + 1)));
                st.sp = at;
            }
        }
        return out.toArray();
    }

    /** The Java value of the Runa value in {@code slot} for native {@code type}; {@code what} names it in errors. */
    static Object toNative(Vm vm, ForeignType type, int slot, String what) {
        ValueStack st = vm.st;
        byte t = st.t[slot];
        long p = st.p[slot];
        switch (type) {
            case POINTER -> {
                if (t == Tag.NULL) {
                    return null;
                }
                if (Pointers.isPointer(vm, t, p)) {
                    return pointer(vm, p, what);
                }
                if (ValueMethods.function(vm, t, p) != null) {
                    return new Pointer(Callbacks.of(vm, slot));
                }
            }
            case DECIMAL, FLOAT32, FLOAT64 -> {
                if (t == Tag.DECIMAL) {
                    return Values.decimal(p);
                }
                if (t == Tag.INTEGER) {
                    return (double) p;
                }
            }
            case BOOLEAN -> {
                if (t == Tag.BOOLEAN) {
                    return p != 0;
                }
            }
            case VOID -> throw new ForeignException(what + " cannot be Void");
            default -> {
                if (t == Tag.INTEGER) {
                    return p;
                }
            }
        }
        throw mismatch(vm, what + " expects " + type.runaName(), t, p);
    }

    /** A variadic argument: its C type follows its value (language.md §10). */
    private static Object variadic(Vm vm, int slot, String what) {
        ValueStack st = vm.st;
        byte t = st.t[slot];
        long p = st.p[slot];
        return switch (t) {
            case Tag.NULL -> null;
            case Tag.INTEGER -> p;
            case Tag.DECIMAL -> Values.decimal(p);
            case Tag.BOOLEAN -> p != 0;
            default -> {
                if (Pointers.isPointer(vm, t, p)) {
                    yield pointer(vm, p, what);
                }
                if (ValueMethods.function(vm, t, p) != null) {
                    yield new Pointer(Callbacks.of(vm, slot));
                }
                throw mismatch(vm, what + " is " + vm.aTypeName(t, p)
                        + ", which has no C form (a variadic argument is a Pointer, Integer, Decimal or Boolean)", t, p);
            }
        };
    }

    private static Pointer pointer(Vm vm, long ref, String what) {
        Pointers.Value ptr = Pointers.value(vm, ref);
        vm.root.foreign.checkLive(ptr.block(), ptr.address(), what);
        return new Pointer(ptr.address());
    }

    private static RunaException mismatch(Vm vm, String message, byte t, long p) {
        String hint = vm.isText(t, p) ? "; pass text.to_c_string() for a C string" : "";
        if (message.contains(", which has no C form")) {
            return RunaException.typeError(message + hint);
        }
        return RunaException.typeError(message + ", got " + vm.typeName(t, p) + hint);
    }

    // ---- native results to Runa values -----------------------------------------------------------

    /** The Runa form of a native value, for {@link JavaValues#push}: a Pointer keeps the block it points into. */
    static Object toRuna(Vm vm, Object value) {
        if (value instanceof Pointer ptr) {
            return new Pointers.Value(ptr.address(), vm.root.foreign.blockAt(ptr.address()));
        }
        return value;
    }

    /** The VM running a native call on this thread, or null. */
    static Vm current() {
        return CURRENT.get();
    }
}
