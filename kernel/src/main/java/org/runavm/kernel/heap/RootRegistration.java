package org.runavm.kernel.heap;

/** The registration of a {@link RootSource}; closing it removes the source from the root set. */
@org.osgi.annotation.versioning.ProviderType
@FunctionalInterface
public interface RootRegistration extends AutoCloseable {
    @Override
    void close();
}
