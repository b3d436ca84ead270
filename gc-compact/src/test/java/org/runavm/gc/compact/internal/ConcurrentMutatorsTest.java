package org.runavm.gc.compact.internal;

import org.runavm.gc.toolkit.ConcurrentMutatorsContract;

/** The shared concurrent-mutators contract, run on the compact plan. */
class ConcurrentMutatorsTest extends ConcurrentMutatorsContract {
    ConcurrentMutatorsTest() {
        super(CompactHeap::new);
    }
}
