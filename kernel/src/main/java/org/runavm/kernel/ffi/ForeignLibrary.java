package org.runavm.kernel.ffi;

import org.osgi.annotation.versioning.ProviderType;

/** An opened native library. Closing it releases the library and the memory it handed out. */
@ProviderType
public interface ForeignLibrary extends AutoCloseable {
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
