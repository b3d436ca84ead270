package org.runavm.scheduler.internal.actor;

import org.runavm.kernel.sched.ActorStoppedException;

/** A message in a mailbox and, for an ask, where its reply goes ({@code null} for a send). */
record Envelope<M, R>(M message, ReplyHandle<R> reply) {

    void failStopped(String actorName) {
        if (reply != null) {
            reply.fail(new ActorStoppedException("actor '" + actorName + "' stopped before handling the message"));
        }
    }
}
