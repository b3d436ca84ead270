package org.runavm.kernel.sched;

import java.time.Duration;
import java.util.Objects;

/**
 * A supervisor's policy: its strategy and its restart limit. When more than {@code maxRestarts}
 * restarts would happen within {@code window}, the supervisor gives up: it stops every child and
 * records the failure that broke the limit.
 *
 * @param strategy    which children to restart
 * @param maxRestarts restarts allowed within the window; 0 means give up at the first failure
 * @param window      the sliding window the restarts are counted in
 */
public record SupervisorSpec(RestartStrategy strategy, int maxRestarts, Duration window) {

    public SupervisorSpec {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(window, "window");
        if (maxRestarts < 0) {
            throw new IllegalArgumentException("maxRestarts must not be negative, got " + maxRestarts);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("restart window must be positive, got " + window);
        }
    }

    /** OTP's default intensity: 3 restarts within 5 seconds. */
    public static SupervisorSpec of(RestartStrategy strategy) {
        return new SupervisorSpec(strategy, 3, Duration.ofSeconds(5));
    }
}
