package org.runavm.kernel.sched;

import org.osgi.annotation.versioning.ProviderType;

/** The scheduler service: makes one {@link Scheduler} per VM instance. */
@ProviderType
public interface SchedulerFactory {

    /** A new, running scheduler; the caller owns it and must {@link Scheduler#close()} it. */
    Scheduler create(SchedulerConfig config);
}
