package org.runavm.scheduler.internal.task;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.runavm.kernel.sched.Task;
import org.runavm.kernel.sched.TaskLifecycleListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The registered {@link TaskLifecycleListener}s; a failing listener never disturbs a task. */
public final class LifecycleListeners {

    private static final Logger LOG = LoggerFactory.getLogger(LifecycleListeners.class);

    private final List<TaskLifecycleListener> listeners = new CopyOnWriteArrayList<>();

    public void add(TaskLifecycleListener listener) {
        listeners.add(java.util.Objects.requireNonNull(listener, "listener"));
    }

    public void remove(TaskLifecycleListener listener) {
        listeners.remove(listener);
    }

    void started(Task task) {
        for (TaskLifecycleListener l : listeners) {
            try {
                l.taskStarted(task);
            } catch (RuntimeException e) {
                LOG.warn("task lifecycle listener {} failed on start of task '{}': {}", l, task.name(), e.toString());
            }
        }
    }

    void stopped(Task task) {
        for (TaskLifecycleListener l : listeners) {
            try {
                l.taskStopped(task);
            } catch (RuntimeException e) {
                LOG.warn("task lifecycle listener {} failed on stop of task '{}': {}", l, task.name(), e.toString());
            }
        }
    }
}
