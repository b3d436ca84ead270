package org.runavm.kernel.sched;

import java.util.concurrent.CancellationException;

/**
 * Raised by awaiting a cancelled task, and by any blocking operation of a task that is cancelled while
 * it waits. Engines map it to Runa's {@code CancelledError}.
 */
public class TaskCancelledException extends CancellationException {

    private static final long serialVersionUID = 1L;

    public TaskCancelledException(String message) {
        super(message);
    }
}
