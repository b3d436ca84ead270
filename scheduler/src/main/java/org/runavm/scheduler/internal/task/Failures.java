package org.runavm.scheduler.internal.task;

import org.runavm.kernel.sched.TaskCancelledException;
import org.runavm.kernel.sched.TaskFailedException;
import org.runavm.kernel.sched.TaskOutcome;

/** Turns an outcome back into a result or the exception the awaiting side sees. */
public final class Failures {

    private Failures() {
    }

    /** The success value, or the failure rethrown (unchecked as it is, checked wrapped). */
    public static <T> T unpack(TaskOutcome<T> outcome, String taskName) {
        return switch (outcome) {
            case TaskOutcome.Success<T> s -> s.value();
            case TaskOutcome.Failure<T> f -> throw rethrowable(f.error(), taskName);
            case TaskOutcome.Cancelled<T> c -> throw new TaskCancelledException("task '" + taskName + "' was cancelled");
        };
    }

    /** {@code error} itself when unchecked; otherwise a {@link TaskFailedException} carrying it. */
    public static RuntimeException rethrowable(Throwable error, String taskName) {
        if (error instanceof RuntimeException r) {
            return r;
        }
        if (error instanceof Error e) {
            throw e;
        }
        return new TaskFailedException("task '" + taskName + "' failed: " + error, error);
    }
}
