package org.runavm.ffi.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CallbackFailuresTest {
    @Test
    void withoutANativeCallNothingIsRecorded() {
        assertFalse(CallbackFailures.record(new IllegalStateException("lost")));
        assertFalse(CallbackFailures.failed());
    }

    @Test
    void theFirstFailureOfACallComesOutOfIt() {
        RuntimeException first = new RuntimeException("first");
        CallbackFailures call = CallbackFailures.enter();
        assertTrue(CallbackFailures.record(first));
        assertTrue(CallbackFailures.record(new RuntimeException("second")));
        assertTrue(CallbackFailures.failed());
        assertSame(first, call.exit());
        assertFalse(CallbackFailures.failed());
        assertFalse(CallbackFailures.record(new RuntimeException("after the call")));
    }

    @Test
    void aNestedCallTakesOnlyItsOwnFailure() {
        CallbackFailures outer = CallbackFailures.enter();
        CallbackFailures inner = CallbackFailures.enter();
        RuntimeException nested = new RuntimeException("nested");
        CallbackFailures.record(nested);
        assertSame(nested, inner.exit());
        assertNull(outer.exit(), "the nested failure was rethrown by the nested call, not the outer one");
    }
}
