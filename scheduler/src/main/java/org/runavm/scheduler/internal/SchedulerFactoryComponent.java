package org.runavm.scheduler.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.runavm.kernel.sched.Scheduler;
import org.runavm.kernel.sched.SchedulerConfig;
import org.runavm.kernel.sched.SchedulerFactory;
import org.runavm.scheduler.internal.task.ParallelismGate;
import org.runavm.scheduler.internal.task.VirtualThreadStarter;

/**
 * The {@link SchedulerFactory} service. When the bundle stops, schedulers it made are shut down: their
 * task threads run this bundle's classes, which are about to go away. A VM that wants to survive an
 * update of this bundle makes a new scheduler from the replacement service.
 */
@Component(service = SchedulerFactory.class)
public final class SchedulerFactoryComponent implements SchedulerFactory {

    private final Set<Scheduler> live = ConcurrentHashMap.newKeySet();

    @Override
    public Scheduler create(SchedulerConfig config) {
        Scheduler[] self = new Scheduler[1];
        TaskScheduler scheduler = new TaskScheduler(config, new VirtualThreadStarter(),
                ParallelismGate.forThreads(config.threads()), System::nanoTime,
                () -> live.remove(self[0]));
        self[0] = scheduler;
        live.add(scheduler);
        return scheduler;
    }

    @Deactivate
    void deactivate() {
        for (Scheduler scheduler : live.toArray(Scheduler[]::new)) {
            scheduler.shutdown();
        }
    }

    /** Schedulers made and not yet shut down (for tests). */
    int liveSchedulers() {
        return live.size();
    }
}
