package org.runavm.gc.generational.internal;

import org.runavm.gc.toolkit.ConcurrentMutatorsContract;

/** The shared concurrent-mutators contract, run on the generational plan. */
class ConcurrentMutatorsTest extends ConcurrentMutatorsContract {
    ConcurrentMutatorsTest() {
        super(GenerationalHeap::new);
    }
}
