package org.runavm.kernel.exec;

import java.util.Optional;

/**
 * How a run ended.
 *
 * @param exitStatus the process exit status {@code cli.md} prescribes (0 success or {@code main}'s
 *     Integer, 1 uncaught error, 5 a resource limit)
 * @param error the uncaught error, if the run ended with one
 */
public record ExecutionResult(int exitStatus, Optional<UncaughtError> error) {
    public static ExecutionResult success(int exitStatus) {
        return new ExecutionResult(exitStatus, Optional.empty());
    }

    public static ExecutionResult failure(UncaughtError error) {
        return new ExecutionResult(error.resourceLimit() ? 5 : 1, Optional.of(error));
    }
}
