package org.runavm.scheduler.internal.task;

import java.util.concurrent.atomic.AtomicLong;

import org.runavm.kernel.sched.TaskBody;
import org.runavm.kernel.sched.TaskCancelledException;

/**
 * Creates and starts tasks: reserves the slot, registers the task as live, and hands it to the thread
 * starter. Everything that runs VM code on the scheduler's behalf (tasks, timers, actor message loops)
 * starts here, so every such thread is known to {@link TaskRegistry} and the lifecycle listeners.
 */
public final class TaskFactory {

    private final String prefix;
    private final TaskRegistry registry;
    private final ParallelismGate gate;
    private final LifecycleListeners listeners;
    private final ThreadStarter starter;
    private final AtomicLong ids = new AtomicLong();

    public TaskFactory(String prefix, TaskRegistry registry, ParallelismGate gate, LifecycleListeners listeners,
                       ThreadStarter starter) {
        this.prefix = prefix;
        this.registry = registry;
        this.gate = gate;
        this.listeners = listeners;
        this.starter = starter;
    }

    /**
     * Starts a task.
     *
     * @param name      its name, or {@code null} for {@code task-ID}
     * @param takesSlot whether it reserves a {@code max_tasks} slot (false for actor message loops,
     *                  whose actor holds one)
     */
    public <T> TaskImpl<T> start(String name, TaskBody<T> body, boolean takesSlot) {
        if (registry.isClosed()) {
            TaskImpl<?> caller = TaskImpl.current();
            if (caller != null && caller.belongsTo(registry)) {
                // the caller is one of the tasks this shutdown cancels: it ends as Cancelled
                caller.cancel();
                throw new TaskCancelledException("the scheduler of VM '" + prefix + "' is shutting down");
            }
            throw new IllegalStateException("the scheduler of VM '" + prefix + "' is shut down");
        }
        if (takesSlot) {
            registry.reserve(1);
        }
        long id = ids.incrementAndGet();
        String taskName = name != null ? name : "task-" + id;
        TaskImpl<T> task = new TaskImpl<>(id, taskName, body, registry, gate, listeners, takesSlot);
        registry.add(task);
        try {
            starter.start(prefix + "-" + taskName, task);
        } catch (RuntimeException | OutOfMemoryError e) {
            registry.remove(task);
            if (takesSlot) {
                registry.release(1);
            }
            throw e;
        }
        return task;
    }
}
