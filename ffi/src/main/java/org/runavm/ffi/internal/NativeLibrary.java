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
 * just this library (a library from the default lookup, like the C library, is never unloaded).
 */
final class NativeLibrary implements ForeignLibrary {
    private final String name;
    private final SymbolLookup symbols;
    private final Arena arena;
    private final NativeSession session;
    private volatile boolean closed;

    NativeLibrary(String name, SymbolLookup symbols, Arena arena, NativeSession session) {
        this.name = name;
        this.symbols = symbols;
        this.arena = arena;
        this.session = session;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ForeignFunction link(String symbol, ForeignSignature signature) {
        return session.guarded(() -> {
            checkOpen();
            MemorySegment address = symbols.find(symbol).orElseThrow(() -> new ForeignException(
                    "native library \"" + name + "\" has no function \"" + symbol + "\""));
            return new NativeFunction(symbol, address, signature, this);
        });
    }

    /** Runs a call of {@code function} from this library (see {@link NativeSession#call}). */
    Object call(NativeFunction function, NativeSession.NativeCall body) {
        return session.call(() -> {
            checkOpen();
            return body.run();
        }, function.name());
    }

    @Override
    public void close() {
        session.closeLibrary(this);
    }

    /** Unloads the library; the session calls it while no call is running. */
    void release() {
        if (!closed) {
            closed = true;
            arena.close();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new ForeignException("native library \"" + name + "\" is closed");
        }
    }
}
