package org.runavm.ffi.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import org.runavm.kernel.ffi.ForeignException;
import org.runavm.kernel.ffi.ForeignLibrary;
import org.runavm.kernel.ffi.ForeignSession;
import org.runavm.kernel.ffi.ForeignSignature;
import org.runavm.kernel.ffi.ForeignType;

/**
 * One VM's native state. Its shared arena holds the callbacks; each library has its own arena;
 * {@link NativeMemory} holds the blocks a program frees one by one.
 *
 * <p>Every operation is a user of the session's {@link Lifetime}, so closing (which never waits)
 * releases the libraries, callbacks and memory only once no native call of the session is running.
 */
final class NativeSession implements ForeignSession {
    private final Arena arena = Arena.ofShared();
    private final NativeMemory memory = new NativeMemory();
    private final List<NativeLibrary> libraries = new CopyOnWriteArrayList<>();
    private final Lifetime lifetime = new Lifetime("the foreign session is closed", this::release);

    @Override
    public ForeignLibrary open(String library) {
        return guarded(() -> {
            Arena libraryArena = Arena.ofShared();
            try {
                SymbolLookup symbols = LibraryResolver.resolve(library, libraryArena);
                NativeLibrary opened = new NativeLibrary(library, symbols, libraryArena, this);
                libraries.add(opened);
                return opened;
            } catch (RuntimeException e) {
                libraryArena.close();
                throw e;
            }
        });
    }

    @Override
    public long allocate(long bytes) {
        return guarded(() -> memory.allocate(bytes));
    }

    @Override
    public void free(long address) {
        guarded(() -> {
            memory.free(address);
            return null;
        });
    }

    @Override
    public long toCString(String text) {
        return guarded(() -> memory.toCString(text));
    }

    @Override
    public String fromCString(long address) {
        return guarded(() -> memory.fromCString(address));
    }

    @Override
    public Object read(long address, ForeignType type) {
        return guarded(() -> memory.read(address, type));
    }

    @Override
    public void write(long address, ForeignType type, Object value) {
        guarded(() -> {
            memory.write(address, type, value);
            return null;
        });
    }

    @Override
    public long callback(ForeignSignature signature, Function<Object[], Object> target) {
        return guarded(() -> Callback.stub(signature, target, arena).address());
    }

    /**
     * Runs a native call: converts what it throws, flushes C's output streams after it (so native
     * output comes before the VM's next output) and rethrows a callback's failure once it returns.
     */
    Object call(Supplier<Object> body, String function) {
        CallbackFailures failures = CallbackFailures.enter();
        Object result;
        try {
            result = guarded(() -> {
                try {
                    return body.get();
                } finally {
                    CRuntime.flushAll();
                }
            });
        } finally {
            Throwable failure = failures.exit();
            if (failure instanceof RuntimeException e) {
                throw e;
            } else if (failure instanceof Error e) {
                throw e;
            } else if (failure != null) {
                throw new ForeignException("a callback failed during " + function + ": " + failure, failure);
            }
        }
        return result;
    }

    /**
     * Runs {@code action} as a user of the session; raises {@link ForeignException} once it is closed,
     * or when the JVM denies native access (a restricted method throws, or made {@link CRuntime} fail
     * to initialize).
     */
    <T> T guarded(Supplier<T> action) {
        try {
            return lifetime.use(action);
        } catch (IllegalCallerException | LinkageError e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof IllegalCallerException) {
                    throw new ForeignException("native access is not enabled in this JVM: start java with "
                            + "--enable-native-access=ALL-UNNAMED", e);
                }
            }
            throw e;
        }
    }

    void forget(NativeLibrary library) {
        libraries.remove(library);
    }

    /** How many blocks of native memory are live (for tests and diagnostics). */
    int liveBlocks() {
        return memory.liveBlocks();
    }

    @Override
    public void close() {
        lifetime.close();
    }

    private void release() {
        libraries.forEach(NativeLibrary::close);
        libraries.clear();
        memory.freeAll();
        arena.close();
    }
}
