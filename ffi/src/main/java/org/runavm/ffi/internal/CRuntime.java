package org.runavm.ffi.internal;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import org.runavm.kernel.ffi.ForeignException;

/**
 * The few C library functions the linker itself needs: {@code calloc} and {@code free} for memory a
 * Runa program frees one block at a time (an arena frees only all at once), and {@code fflush} so C's
 * buffered {@code stdout} is written before the VM's next output.
 */
final class CRuntime {
    // size_t is long or int by platform: callers pass it boxed, so its carriers are erased to Object
    private static final MethodHandle CALLOC = erase(link("calloc",
            FunctionDescriptor.of(ValueLayout.ADDRESS, NativeTypes.SIZE_T, NativeTypes.SIZE_T)));
    private static final MethodHandle FREE = link("free", FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));
    private static final MethodHandle FFLUSH = link("fflush",
            FunctionDescriptor.of(NativeTypes.C_INT, ValueLayout.ADDRESS));

    private CRuntime() {
    }

    /** {@code calloc(1, bytes)}: the address of zeroed memory, or 0 when there is none left. */
    static long calloc(long bytes) {
        try {
            return ((MemorySegment) CALLOC.invokeExact(sizeT(1), sizeT(bytes))).address();
        } catch (Throwable t) {
            throw failure("calloc", t);
        }
    }

    static void free(long address) {
        try {
            FREE.invokeExact(MemorySegment.ofAddress(address));
        } catch (Throwable t) {
            throw failure("free", t);
        }
    }

    /** {@code fflush(NULL)}: writes every C output stream's buffer. Errors (a closed pipe) are C's to report. */
    static void flushAll() {
        try {
            int ignored = (int) FFLUSH.invokeExact(MemorySegment.NULL);
        } catch (Throwable t) {
            throw failure("fflush", t);
        }
    }

    private static Object sizeT(long value) {
        return NativeTypes.SIZE_T.carrier() == int.class ? (Object) (int) value : (Object) value;
    }

    @SuppressWarnings("restricted")   // this bundle exists to call native code; decision 073 enables it
    private static MethodHandle link(String name, FunctionDescriptor descriptor) {
        MemorySegment symbol = NativeTypes.LINKER.defaultLookup().find(name)
                .orElseThrow(() -> new ExceptionInInitializerError("the C library has no " + name));
        return NativeTypes.LINKER.downcallHandle(symbol, descriptor);
    }

    private static MethodHandle erase(MethodHandle handle) {
        return handle.asType(handle.type().generic().changeReturnType(handle.type().returnType()));
    }

    private static ForeignException failure(String function, Throwable t) {
        return new ForeignException("native " + function + " failed: " + t.getMessage(), t);
    }
}
