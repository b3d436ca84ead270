package org.runavm.kernel.heap.spi;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

class SafepointsTest {
    /** A participant that polls in a loop until told to stop, counting the collections it observed stopped. */
    static final class Spinner implements Safepoints.Participant, Runnable {
        final Safepoints safepoints;
        volatile boolean yield;
        final AtomicBoolean inCollection;
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicInteger violations = new AtomicInteger();

        Spinner(Safepoints safepoints, AtomicBoolean inCollection) {
            this.safepoints = safepoints;
            this.inCollection = inCollection;
        }

        @Override
        public void requestYield(boolean y) {
            yield = y;
        }

        @Override
        public void run() {
            while (!stop.get()) {
                if (inCollection.get()) {
                    violations.incrementAndGet(); // running while the world is supposed to be stopped
                }
                if (yield) {
                    safepoints.block(this);
                }
            }
            safepoints.detach(this);
        }
    }

    @Test
    void collectionRunsOnlyWhileEveryParticipantIsStopped() throws Exception {
        Safepoints safepoints = new Safepoints();
        AtomicBoolean inCollection = new AtomicBoolean();
        Spinner[] spinners = new Spinner[3];
        Thread[] threads = new Thread[3];
        for (int i = 0; i < 3; i++) {
            spinners[i] = new Spinner(safepoints, inCollection);
            safepoints.attach(spinners[i]);
            threads[i] = new Thread(spinners[i]);
            threads[i].start();
        }
        int ran = 0;
        for (int c = 0; c < 50; c++) {
            if (safepoints.stopTheWorld(null, () -> {
                inCollection.set(true);
                Thread.onSpinWait();
                inCollection.set(false);
            })) {
                ran++;
            }
        }
        for (int i = 0; i < 3; i++) {
            spinners[i].stop.set(true);
            threads[i].join();
            assertEquals(0, spinners[i].violations.get());
        }
        assertEquals(50, ran);
    }

    @Test
    void participantInSafeRegionDoesNotHoldUpACollection() throws Exception {
        Safepoints safepoints = new Safepoints();
        Safepoints.Participant blocked = y -> { };
        safepoints.attach(blocked);
        safepoints.enterSafeRegion(blocked);
        AtomicBoolean ran = new AtomicBoolean();
        assertTrue(safepoints.stopTheWorld(null, () -> ran.set(true)));
        assertTrue(ran.get());
        safepoints.leaveSafeRegion(blocked);
        safepoints.detach(blocked);
    }

    @Test
    void secondRequesterWaitsForTheFirstCollectionAndIsToldSo() throws Exception {
        Safepoints safepoints = new Safepoints();
        AtomicBoolean result = new AtomicBoolean(true);
        AtomicBoolean ownRan = new AtomicBoolean();
        // A mutator that, instead of simply stopping, asks for its own collection when it sees the request.
        class Requester implements Safepoints.Participant, Runnable {
            volatile boolean yield;

            @Override
            public void requestYield(boolean y) {
                yield = y;
            }

            @Override
            public void run() {
                while (!yield) {
                    Thread.onSpinWait();
                }
                result.set(safepoints.stopTheWorld(this, () -> ownRan.set(true)));
                safepoints.detach(this);
            }
        }
        Requester requester = new Requester();
        safepoints.attach(requester);
        Thread thread = new Thread(requester);
        thread.start();
        AtomicBoolean firstRan = new AtomicBoolean();
        assertTrue(safepoints.stopTheWorld(null, () -> firstRan.set(true)));
        thread.join();
        assertTrue(firstRan.get());
        assertFalse(result.get(), "the second request found a collection in progress");
        assertFalse(ownRan.get());
    }
}
