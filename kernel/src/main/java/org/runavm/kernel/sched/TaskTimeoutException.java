package org.runavm.kernel.sched;

/** Raised when a bounded wait (await, ask) runs out of time. Engines map it to {@code TimeoutError}. */
public class TaskTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TaskTimeoutException(String message) {
        super(message);
    }
}
