package org.runavm.kernel.ffi;

import org.osgi.annotation.versioning.ProviderType;

/**
 * An opened native library. Closing it releases the library; functions linked from it can no longer
 * be called. Closing the session closes its libraries.
 */
@ProviderType
public interface ForeignLibrary extends AutoCloseable {
    /** The name the library was opened by. */
    String name();

    /**
     * Links {@code symbol} with {@code signature}.
     *
     * @throws ForeignException when the library has no such symbol
     */
    ForeignFunction link(String symbol, ForeignSignature signature);

    @Override
    void close();
}
