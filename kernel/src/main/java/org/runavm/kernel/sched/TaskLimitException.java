package org.runavm.kernel.sched;

/**
 * Raised by spawning (a task, a timer or an actor) when the VM already has {@code max_tasks} live
 * tasks. Nothing is started when it is raised.
 */
public class TaskLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TaskLimitException(String message) {
        super(message);
    }
}
