package org.runavm.gc.toolkit;

import org.runavm.kernel.heap.RootRegistration;
import org.runavm.kernel.heap.RootSource;
import org.runavm.kernel.heap.RootVisitor;

import java.util.concurrent.CopyOnWriteArrayList;

/** The registered {@link RootSource}s of a heap. Registration is thread-safe; scanning happens with the world stopped. */
public final class RootSet {
    private final CopyOnWriteArrayList<RootSource> sources = new CopyOnWriteArrayList<>();

    public RootRegistration add(RootSource source) {
        java.util.Objects.requireNonNull(source, "source");
        // Wrap so that registering one source twice still yields two independent registrations.
        RootSource entry = source::scanRoots;
        sources.add(entry);
        return () -> sources.remove(entry);
    }

    public void scan(RootVisitor visitor) {
        for (RootSource source : sources) {
            source.scanRoots(visitor);
        }
    }
}
