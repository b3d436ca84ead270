package org.runavm.kernel.sched;

/**
 * Carries a task body's checked exception to the awaiting side, which declares none. Unchecked
 * failures are rethrown as they are, never wrapped.
 */
public class TaskFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TaskFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
