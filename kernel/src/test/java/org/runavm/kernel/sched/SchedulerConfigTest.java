package org.runavm.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SchedulerConfigTest {

    @Test
    void defaultsUseEveryProcessorAndTheDefaultLimit() {
        SchedulerConfig c = SchedulerConfig.defaults("vm");
        assertEquals(Runtime.getRuntime().availableProcessors(), c.threads());
        assertEquals(SchedulerConfig.DEFAULT_MAX_TASKS, c.maxTasks());
    }

    @Test
    void rejectsNonsenseSizesWithClearMessages() {
        assertEquals("scheduler threads must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new SchedulerConfig("vm", 0, 1)).getMessage());
        assertEquals("max_tasks must be at least 1, got -5",
                assertThrows(IllegalArgumentException.class, () -> new SchedulerConfig("vm", 1, -5)).getMessage());
    }

    @Test
    void supervisorSpecValidatesItsLimit() {
        assertEquals("maxRestarts must not be negative, got -1", assertThrows(IllegalArgumentException.class,
                () -> new SupervisorSpec(RestartStrategy.ONE_FOR_ONE, -1, Duration.ofSeconds(1))).getMessage());
        assertEquals("restart window must be positive, got PT0S", assertThrows(IllegalArgumentException.class,
                () -> new SupervisorSpec(RestartStrategy.ONE_FOR_ALL, 1, Duration.ZERO)).getMessage());
        SupervisorSpec otp = SupervisorSpec.of(RestartStrategy.REST_FOR_ONE);
        assertEquals(3, otp.maxRestarts());
        assertEquals(Duration.ofSeconds(5), otp.window());
    }
}
