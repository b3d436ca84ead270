package org.runavm.scheduler.internal.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ParallelismGateTest {

    @Test
    void aGateAsWideAsTheCarriersIsOpen() {
        ParallelismGate gate = ParallelismGate.forThreads(ParallelismGate.carrierThreads());
        assertFalse(gate.isBounded());
        assertEquals(Integer.MAX_VALUE, gate.available());
    }

    @Test
    void aGateNarrowerThanTheCarriersBounds() {
        int carriers = ParallelismGate.carrierThreads();
        if (carriers > 1) {
            ParallelismGate gate = ParallelismGate.forThreads(carriers - 1);
            assertTrue(gate.isBounded());
            assertEquals(carriers - 1, gate.available());
        }
    }

    @Test
    void permitsAreLentAndTakenBack() throws InterruptedException {
        ParallelismGate gate = ParallelismGate.bounded(2);
        gate.enter();
        assertEquals(1, gate.available());
        gate.leave();
        gate.reenter();
        gate.leave();
        assertEquals(2, gate.available());
    }
}
