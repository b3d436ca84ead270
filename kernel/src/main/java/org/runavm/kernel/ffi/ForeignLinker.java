package org.runavm.kernel.ffi;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The foreign-function service, provided by the {@code ffi} bundle. Each VM opens its own
 * {@link ForeignSession}, so native memory and libraries are released with the VM that used them.
 */
@ProviderType
public interface ForeignLinker {
    ForeignSession openSession();
}
