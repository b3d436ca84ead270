package org.runavm.kernel.ffi;

import java.util.function.Function;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One VM's native state: the libraries it opened, the native memory it holds and the callbacks it
 * handed to native code. Safe for use by several threads. Every method but {@link #close} raises
 * {@link ForeignException} once the session is closed.
 */
@ProviderType
public interface ForeignSession extends AutoCloseable {
    /**
     * Opens a library the way a C programmer names it: {@code "libc"} or {@code "c"} is the C library,
     * {@code "m"} or {@code "libm"} the math library, a bare name {@code "z"} or {@code "libz"} is
     * looked up as the platform's {@code libz.so} / {@code libz.dylib} / {@code z.dll}, and a path (or
     * a file name such as {@code "libz.so.1"}) is used as is.
     *
     * @throws ForeignException when it cannot be found or loaded; the message names it
     */
    ForeignLibrary open(String library);

    /** Allocates {@code bytes} of zeroed native memory, freed by {@link #free} or when the session closes. */
    long allocate(long bytes);

    /**
     * Frees memory from {@link #allocate} or {@link #toCString}. Freeing an address twice, or one this
     * session did not allocate, raises {@link ForeignException} and frees nothing.
     */
    void free(long address);

    /**
     * A NUL-terminated UTF-8 copy of {@code text} in native memory, freed like {@link #allocate}d memory.
     *
     * @throws ForeignException when {@code text} contains a NUL character
     */
    long toCString(String text);

    /**
     * Reads the NUL-terminated UTF-8 string at {@code address}. Inside memory of this session the read
     * stops at the end of the allocation.
     *
     * @throws ForeignException for the null address, or an allocation with no NUL before its end
     */
    String fromCString(long address);

    /**
     * Reads a value of native {@code type} at {@code address} (an out-parameter, a struct field),
     * converted like a {@link ForeignFunction#invoke} result. Inside memory of this session the read
     * must end within its allocation; elsewhere the address is trusted, as C trusts it.
     *
     * @throws ForeignException for the null address or a read past the end of an allocation
     */
    Object read(long address, ForeignType type);

    /**
     * Writes {@code value} as native {@code type} at {@code address}, converted and range-checked like
     * a fixed argument. Bounds are checked as for {@link #read}.
     *
     * @throws ForeignException when the value does not fit, for the null address, or past the end of
     *     an allocation
     */
    void write(long address, ForeignType type, Object value);

    /**
     * A C function pointer that calls {@code target}, valid until the session closes (for
     * {@code qsort}'s comparator, a signal handler, an event callback). {@code target} receives the
     * native arguments converted like {@link ForeignFunction#invoke} results, and returns a value
     * converted like a fixed argument of type {@code signature.result()} (ignored for {@code VOID}).
     *
     * <p>An exception thrown by {@code target} cannot cross native frames: the callback returns zero
     * to its native caller, skips further calls of Java code on that thread, and the exception is
     * rethrown by the {@link ForeignFunction#invoke} that led to it. On a thread that native code
     * started itself there is no such call; the exception is logged and dropped.
     *
     * @throws ForeignException when {@code signature} is variadic
     */
    long callback(ForeignSignature signature, Function<Object[], Object> target);

    /** Releases every library, callback and all native memory of this session. Closing twice is harmless. */
    @Override
    void close();
}
