package org.runavm.engine.interpreter.internal;

import java.util.ArrayList;
import java.util.List;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.ffi.ForeignException;
import org.runavm.kernel.ffi.ForeignSignature;
import org.runavm.kernel.ffi.ForeignType;
import org.runavm.kernel.value.Tag;

/**
 * Runa processes passed where C expects a function pointer (qsort's comparator). The C signature comes
 * from the process's declared types: {@code compare(a as Pointer, b as Pointer) returns Int32} is
 * {@code int (*)(void*, void*)}. A parameter without a type is a Pointer (what C callbacks mostly
 * receive), a result without a type a C {@code long}, and a {@code null} result is 0.
 *
 * <p>The callback runs the process on the thread that made the native call, in the VM view of that
 * call, leaving the safe region of the call for as long as Runa code runs. A process without captures
 * gets one function pointer per signature for the whole run; a closure is rooted for the rest of the
 * run (C may keep the pointer) and gets a pointer each time it is passed. An error raised by the
 * process ends the callback (C sees 0) and is raised by the native call that led to it.
 */
final class Callbacks {
    private Callbacks() {
    }

    /** A C function pointer calling the Runa function in {@code slot}. */
    static long of(Vm vm, int slot) {
        ValueStack st = vm.st;
        byte t = st.t[slot];
        long p = st.p[slot];
        Fn target = ValueMethods.function(vm, t, p);
        ForeignSignature signature = signature(target);
        Foreign foreign = vm.root.foreign;
        if (t == Tag.IMMEDIATE) {
            String key = target.index + " " + signature;
            Long known = foreign.callbacks.get(key);
            if (known != null) {
                return known;
            }
            long address = foreign.session().callback(signature,
                    args -> run(foreign, target, signature, Tag.IMMEDIATE, p, -1, args));
            foreign.callbacks.put(key, address);
            return address;
        }
        int rooted;
        synchronized (foreign.callbackTargets) {
            rooted = foreign.callbackTargets.define("closure " + foreign.closures++);
            foreign.callbackTargets.t[rooted] = t;
            foreign.callbackTargets.p[rooted] = p;
        }
        return foreign.session().callback(signature, args -> run(foreign, target, signature, Tag.EMPTY, 0, rooted, args));
    }

    private static ForeignSignature signature(Fn fn) {
        List<ForeignType> types = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (FunctionInfo.Parameter param : fn.info.parameters()) {
            types.add(type(fn, param.typeId(), ForeignType.POINTER, "parameter " + param.name()));
            names.add(param.name());
        }
        int result = fn.info.typeId() >= 0 && fn.program.image.types().get(fn.info.typeId()).shape()
                instanceof org.runavm.kernel.bytecode.TypeInfo.FunctionSig sig ? sig.returnTypeId() : -1;
        return new ForeignSignature(types, type(fn, result, ForeignType.INTEGER, "the result"), false, names);
    }

    private static ForeignType type(Fn fn, int typeId, ForeignType untyped, String what) {
        if (typeId < 0) {
            return untyped;
        }
        String name = TypeCheck.describe(fn.program, typeId);
        if (name.equals("Any")) {
            return untyped;
        }
        ForeignType type = ForeignType.fromRunaName(name);
        if (type == null || type == ForeignType.VOID) {
            throw new ForeignException("callback " + fn.name + ": " + what + " is declared as " + name
                    + ", which is not a native type (Integer, Decimal, Boolean, Pointer, Int8 .. UInt64, Float32, Float64)");
        }
        return type;
    }

    /** The body of a callback: calls the Runa function with the native arguments in the calling VM. */
    private static Object run(Foreign owner, Fn target, ForeignSignature signature, byte immTag, long imm, int rooted,
                              Object[] args) {
        Vm vm = ForeignCalls.current();
        if (vm == null) {
            throw new ForeignException("callback " + target.name + " was called outside a native call of its VM "
                    + "(from a thread native code started)");
        }
        if (vm.root.foreign != owner) {
            // C kept a function pointer from an earlier run of this VM: its process belongs to that run
            throw new ForeignException("callback " + target.name + " belongs to an earlier run of the VM");
        }
        vm.mut.leaveSafeRegion();
        try {
            ValueStack st = vm.st;
            int at = st.sp;
            if (rooted < 0) {
                st.push(immTag, imm);
            } else {
                st.push(owner.callbackTargets.t[rooted], owner.callbackTargets.p[rooted]);
            }
            for (Object arg : args) {
                JavaValues.push(vm, ForeignCalls.toRuna(vm, arg));
            }
            vm.interp.calls().callNested(at + 1, args.length);
            Object result = result(vm, signature.result(), at, target.name);
            st.sp = at;
            vm.flush();
            return result;
        } finally {
            vm.mut.enterSafeRegion();
        }
    }

    private static Object result(Vm vm, ForeignType type, int slot, String name) {
        ValueStack st = vm.st;
        if (type == ForeignType.VOID) {
            return null;
        }
        if (st.t[slot] == Tag.NULL && type != ForeignType.POINTER) {
            return type == ForeignType.BOOLEAN ? Boolean.FALSE
                    : type == ForeignType.DECIMAL || type == ForeignType.FLOAT32 || type == ForeignType.FLOAT64 ? 0.0 : 0L;
        }
        return ForeignCalls.toNative(vm, type, slot, "callback " + name + ": the result");
    }
}
