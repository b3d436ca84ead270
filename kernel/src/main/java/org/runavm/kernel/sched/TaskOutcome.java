package org.runavm.kernel.sched;

/**
 * How a task ended: the result of {@code Task.await_all_settled}.
 *
 * @param <T> the result type
 */
public sealed interface TaskOutcome<T> {

    /** The body returned {@code value}. */
    record Success<T>(T value) implements TaskOutcome<T> {
    }

    /** The body threw {@code error}. */
    record Failure<T>(Throwable error) implements TaskOutcome<T> {
        public Failure {
            java.util.Objects.requireNonNull(error, "error");
        }
    }

    /** The task was cancelled before its body stopped. */
    record Cancelled<T>() implements TaskOutcome<T> {
    }
}
