package org.runavm.kernel.heap.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Stop-the-world coordination for one heap, owned by the kernel side of the binding. It counts the
 * mutator threads that are <em>running</em> (may touch the heap); a collection waits until that count is
 * zero, runs, and restarts them. A mutator stops when its poll sees the yield request
 * ({@link #block}), or is already out of the way in a safe region (blocked outside the VM).
 *
 * <p>Invariants: at most one collection runs at a time; while it runs no participant is running; a thread
 * that asks for a collection while another is in progress stops like any other mutator and is told so
 * ({@link #stopTheWorld} returns {@code false}), so it can retry its allocation. The collection itself
 * runs without holding the lock, so nothing it calls can deadlock against a waiting thread.
 */
public final class Safepoints {
    /** A mutator as the coordinator sees it: something that can be asked to stop at its next poll. */
    @org.osgi.annotation.versioning.ConsumerType
    public interface Participant {
        /** Sets or clears the mutator's yield flag (read by its poll). */
        void requestYield(boolean yield);
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<Participant> participants = new ArrayList<>();
    private int running;
    private boolean collecting;

    /** Registers a running participant, waiting for a collection in progress to end first. */
    public void attach(Participant participant) {
        lock.lock();
        try {
            awaitNoCollection();
            participants.add(participant);
            running++;
        } finally {
            lock.unlock();
        }
    }

    /** Removes a running participant. */
    public void detach(Participant participant) {
        lock.lock();
        try {
            if (participants.remove(participant)) {
                running--;
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Called by a running participant's poll slow path: stops until the collection in progress is over. */
    public void block(Participant participant) {
        lock.lock();
        try {
            running--;
            changed.signalAll();
            awaitNoCollection();
            running++;
        } finally {
            lock.unlock();
        }
    }

    /** The participant stops running (it will block outside the VM). */
    public void enterSafeRegion(Participant participant) {
        lock.lock();
        try {
            running--;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The participant runs again, after any collection in progress. */
    public void leaveSafeRegion(Participant participant) {
        lock.lock();
        try {
            awaitNoCollection();
            running++;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops every participant, runs {@code collection}, and restarts them.
     *
     * @param self the calling participant if the caller is a running mutator, else {@code null}
     * @return {@code true} if {@code collection} ran; {@code false} if another thread's collection was in
     *         progress, in which case the caller stopped until it ended and {@code collection} did not run
     */
    public boolean stopTheWorld(Participant self, Runnable collection) {
        lock.lock();
        try {
            if (collecting) {
                if (self != null) {
                    running--;
                    changed.signalAll();
                }
                awaitNoCollection();
                if (self != null) {
                    running++;
                }
                return false;
            }
            collecting = true;
            if (self != null) {
                running--;
            }
            for (Participant p : participants) {
                p.requestYield(true);
            }
            while (running > 0) {
                changed.awaitUninterruptibly();
            }
        } finally {
            lock.unlock();
        }
        try {
            collection.run();
        } finally {
            lock.lock();
            try {
                for (Participant p : participants) {
                    p.requestYield(false);
                }
                collecting = false;
                if (self != null) {
                    running++;
                }
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
        return true;
    }

    /** The registered participants; only meaningful while the world is stopped. */
    public List<Participant> participants() {
        lock.lock();
        try {
            return List.copyOf(participants);
        } finally {
            lock.unlock();
        }
    }

    private void awaitNoCollection() {
        while (collecting) {
            changed.awaitUninterruptibly();
        }
    }
}
