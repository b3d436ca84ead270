package org.runavm.kernel.sched;

/**
 * Raised by sending to, or asking, an actor that has stopped, and by the replies of messages still in
 * its mailbox when it stopped.
 */
public class ActorStoppedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public ActorStoppedException(String message) {
        super(message);
    }
}
