package org.runavm.kernel.sched;

/** Raised by sending on a closed {@link Channel}. */
public class ChannelClosedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public ChannelClosedException(String message) {
        super(message);
    }
}
