package org.runavm.kernel.sched;

/** Which children a {@link Supervisor} restarts when one fails (Erlang/OTP's strategies). */
public enum RestartStrategy {
    /** Only the failed child. */
    ONE_FOR_ONE,
    /** Every child. */
    ONE_FOR_ALL,
    /** The failed child and every child started after it. */
    REST_FOR_ONE
}
