package org.runavm.kernel.sched;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told when a task's thread starts and stops, on that thread. The heap layer uses it to give each
 * task thread its allocation buffer and register it as a mutator, and to retire both. Listeners must
 * be quick and must not block; an exception they throw is logged and otherwise ignored.
 */
@ConsumerType
public interface TaskLifecycleListener {

    /** Called on the task's thread before its body runs. */
    void taskStarted(Task task);

    /** Called on the task's thread after its body has stopped, before awaiters are released. */
    void taskStopped(Task task);
}
