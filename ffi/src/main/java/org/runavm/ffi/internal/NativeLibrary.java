package org.runavm.ffi.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import org.runavm.kernel.ffi.ForeignException;
import org.runavm.kernel.ffi.ForeignFunction;
import org.runavm.kernel.ffi.ForeignLibrary;
import org.runavm.kernel.ffi.ForeignSignature;

/**
 * A library opened by a {@link NativeSession}. It has an arena of its own, so closing it unloads
 * just this library (a library from the default lookup, like the C library, is never unloaded) once
 * no call of its functions is running.
 */
final class NativeLibrary implements ForeignLibrary {
    private final String name;
    private final SymbolLookup symbols;
    private final NativeSession session;
    private final Lifetime lifetime;

    NativeLibrary(String name, SymbolLookup symbols, Arena arena, NativeSession session) {
        this.name = name;
        this.symbols = symbols;
        this.session = session;
        this.lifetime = new Lifetime("native library \"" + name + "\" is closed", arena::close);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ForeignFunction link(String symbol, ForeignSignature signature) {
        return session.guarded(() -> lifetime.use(() -> {
            MemorySegment address = symbols.find(symbol).orElseThrow(() -> new ForeignException(
                    "native library \"" + name + "\" has no function \"" + symbol + "\""));
            return new NativeFunction(symbol, address, signature, this);
        }));
    }

    /** A native call's body: a method handle invocation, which may throw anything. */
    @FunctionalInterface
    interface NativeCall {
        Object run() throws Throwable;
    }

    /** Runs a call of {@code function} from this library (see {@link NativeSession#call}). */
    Object call(NativeFunction function, NativeCall body) {
        return session.call(() -> lifetime.use(() -> {
            try {
                return body.run();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new ForeignException("native call of " + function.name() + " failed: " + t, t);
            }
        }), function.name());
    }

    @Override
    public void close() {
        session.forget(this);
        lifetime.close();
    }
}
