package org.runavm.kernel.module;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A Runa value that has no Java form (a class instance, a function, a task), as handed to a native
 * function. Valid only during the call that produced it.
 */
@ProviderType
public interface ValueRef {
    /** The value's Runa type name. */
    String typeName();
}
