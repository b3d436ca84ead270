package org.runavm.scheduler.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.runavm.kernel.sched.Scheduler;
import org.runavm.kernel.sched.SchedulerConfig;
import org.runavm.kernel.sched.TaskHandle;
import org.runavm.kernel.sched.TaskOutcome;

class SchedulerFactoryComponentTest {

    private final SchedulerFactoryComponent factory = new SchedulerFactoryComponent();

    @Test
    void createsIndependentSchedulersWithTheirConfig() {
        SchedulerConfig config = new SchedulerConfig("vm1", 2, 50);
        Scheduler a = factory.create(config);
        Scheduler b = factory.create(SchedulerConfig.defaults("vm2"));
        assertEquals(config, a.config());
        assertEquals(42, a.spawn(() -> 42).await());
        assertEquals(2, factory.liveSchedulers());
        a.shutdown();
        assertEquals(1, factory.liveSchedulers(), "a shut-down scheduler is forgotten");
        assertFalse(b.isShutdown());
        b.shutdown();
        assertEquals(0, factory.liveSchedulers());
    }

    @Test
    void deactivationShutsDownTheSchedulersItMade() {
        Scheduler s = factory.create(SchedulerConfig.defaults("vm"));
        TaskHandle<Void> sleeper = s.spawn(() -> { s.sleep(60_000); return null; });
        TestSupport.untilBlocked(sleeper);
        factory.deactivate();
        assertTrue(s.isShutdown());
        assertTrue(sleeper.settle() instanceof TaskOutcome.Cancelled<Void>);
        assertEquals(0, factory.liveSchedulers());
    }
}
