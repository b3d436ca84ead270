package org.runavm.kernel.ffi;

import org.osgi.annotation.versioning.ProviderType;

/** One VM's native state: the libraries it opened and the native memory it holds. */
@ProviderType
public interface ForeignSession extends AutoCloseable {
    /**
     * Opens a library by name ({@code "libc"}, {@code "m"}) or path.
     *
     * @throws ForeignException when it cannot be found or loaded
     */
    ForeignLibrary open(String library);

    /** Allocates {@code bytes} of zeroed native memory, freed by {@link #free} or when the session closes. */
    long allocate(long bytes);

    /** Frees memory from {@link #allocate} or {@link #toCString}; freeing twice raises {@link ForeignException}. */
    void free(long address);

    /** A NUL-terminated UTF-8 copy of {@code text} in native memory. */
    long toCString(String text);

    /** Reads the NUL-terminated UTF-8 string at {@code address}. */
    String fromCString(long address);

    /** Releases every library and all native memory of this session. */
    @Override
    void close();
}
