package org.runavm.kernel.sched;

import java.util.Objects;

/**
 * How a VM's scheduler is sized.
 *
 * @param name     a prefix for task thread names, so thread dumps show which VM a task belongs to
 * @param threads  how many tasks may run VM code at the same time (tasks parked in a blocking
 *                 operation do not count); at least 1
 * @param maxTasks how many tasks (including pending timers and actors) may be live at once; at least 1
 */
public record SchedulerConfig(String name, int threads, int maxTasks) {

    /** The {@code max_tasks} default: generous, but a runaway spawn loop still stops. */
    public static final int DEFAULT_MAX_TASKS = 100_000;

    public SchedulerConfig {
        Objects.requireNonNull(name, "name");
        if (threads < 1) {
            throw new IllegalArgumentException("scheduler threads must be at least 1, got " + threads);
        }
        if (maxTasks < 1) {
            throw new IllegalArgumentException("max_tasks must be at least 1, got " + maxTasks);
        }
    }

    /** One thread per available processor and the default task limit. */
    public static SchedulerConfig defaults(String name) {
        return new SchedulerConfig(name, Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_TASKS);
    }
}
