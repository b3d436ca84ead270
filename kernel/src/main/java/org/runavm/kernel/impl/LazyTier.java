package org.runavm.kernel.impl;

import java.util.Optional;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;
import org.runavm.kernel.exec.TierCompiler;

/**
 * A registered {@link TierCompiler} whose service object is obtained only when a VM that compiles
 * asks for it. Obtaining it activates the tier's component, and the JIT bundle's activation starts
 * work in the background (its warm-up thread, which keeps a core busy for a while): a runtime whose
 * VMs all run with {@code --jit off} never pays for that. The object, once obtained, is kept until
 * the service goes away; Declarative Services releases it then.
 */
final class LazyTier {
    private final ComponentServiceObjects<TierCompiler> objects;
    private TierCompiler service; // guarded by this

    LazyTier(ComponentServiceObjects<TierCompiler> objects) {
        this.objects = objects;
    }

    boolean isFor(ComponentServiceObjects<TierCompiler> other) {
        return objects.getServiceReference().equals(other.getServiceReference());
    }

    /** The tier, activated now if need be; empty if its service went away meanwhile. */
    synchronized Optional<TierCompiler> get() {
        if (service == null) {
            service = objects.getService(); // null once the service is unregistered
        }
        return Optional.ofNullable(service);
    }

    /** The tier's name, from its service property, so that listing tiers activates none of them. */
    String name() {
        ServiceReference<TierCompiler> reference = objects.getServiceReference();
        if (reference.getProperty(TierCompiler.NAME_PROPERTY) instanceof String name) {
            return name;
        }
        return get().map(TierCompiler::name).orElse("?");
    }
}
