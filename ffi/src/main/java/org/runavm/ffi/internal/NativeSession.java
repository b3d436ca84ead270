package org.runavm.ffi.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.runavm.kernel.ffi.ForeignException;
import org.runavm.kernel.ffi.ForeignLibrary;
import org.runavm.kernel.ffi.ForeignSession;
import org.runavm.kernel.ffi.ForeignSignature;

/**
 * One VM's native state. Its shared arena holds the callbacks; each library has its own arena;
 * {@link NativeMemory} holds the blocks a program frees one by one.
 *
 * <p>Native calls hold the read side of a lock and closing (the session or a library) the write
 * side, so nothing is unloaded or freed under a running native call. Calls nest through callbacks:
 * the read lock is reentrant, and closing from inside a call is refused rather than deadlocked.
 */
final class NativeSession implements ForeignSession {
    /** A native call's body; it may throw what the method handle throws. */
    @FunctionalInterface
    interface NativeCall {
        Object run() throws Throwable;
    }

    private final Arena arena = Arena.ofShared();
    private final NativeMemory memory = new NativeMemory();
    private final List<NativeLibrary> libraries = new CopyOnWriteArrayList<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile boolean closed;

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
    public long callback(ForeignSignature signature, Function<Object[], Object> target) {
        return guarded(() -> Callback.stub(signature, target, arena).address());
    }

    /**
     * Runs a native call: converts what it throws, flushes C's output streams after it (so native
     * output comes before the VM's next output) and rethrows a callback's failure once it returns.
     */
    Object call(NativeCall body, String function) {
        CallbackFailures failures = CallbackFailures.enter();
        Object result;
        try {
            result = guarded(() -> {
                try {
                    return body.run();
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable t) {
                    throw new ForeignException("native call of " + function + " failed: " + t, t);
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

    /** Runs {@code action} under the read lock, after checking that the session is open. */
    <T> T guarded(Supplier<T> action) {
        lock.readLock().lock();
        try {
            if (closed) {
                throw new ForeignException("the foreign session is closed");
            }
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    void closeLibrary(NativeLibrary library) {
        exclusive(() -> {
            library.release();
            libraries.remove(library);
        });
    }

    /** How many blocks of native memory are live (for tests and diagnostics). */
    int liveBlocks() {
        return memory.liveBlocks();
    }

    @Override
    public void close() {
        exclusive(() -> {
            if (closed) {
                return;
            }
            closed = true;
            libraries.forEach(NativeLibrary::release);
            libraries.clear();
            memory.freeAll();
            arena.close();
        });
    }

    private void exclusive(Runnable action) {
        if (lock.getReadHoldCount() > 0) {
            throw new ForeignException("a native library or session cannot be closed from inside a native call");
        }
        lock.writeLock().lock();
        try {
            action.run();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
