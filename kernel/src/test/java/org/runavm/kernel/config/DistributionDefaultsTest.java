package org.runavm.kernel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DistributionDefaultsTest {
    @Test
    void embeddedTurnsTheSandboxOnWithACompactSixteenMegabyteHeap() {
        VmConfig embedded = DistributionDefaults.EMBEDDED.newBuilder().build();
        assertTrue(embedded.sandbox());
        assertTrue(embedded.embedded());
        assertEquals(MemoryModel.CONSTRAINED, embedded.memoryModel());
        assertEquals(CollectorChoice.COMPACT, embedded.collector());
        assertEquals(16 * Size.MIB, embedded.gcMaxHeap());
    }

    @Test
    void laterValuesOverrideTheDefaults() {
        VmConfig overridden = DistributionDefaults.EMBEDDED.newBuilder().gcMaxHeap(8 * Size.MIB)
                .collector(CollectorChoice.GENERATIONAL).build();
        assertEquals(8 * Size.MIB, overridden.gcMaxHeap());
        assertEquals(CollectorChoice.GENERATIONAL, overridden.collector());
    }

    @Test
    void standardIsTheBuiltInDefaultsAndServerTheServerModel() {
        assertEquals(VmConfig.defaults().toString(), DistributionDefaults.STANDARD.newBuilder().build().toString());
        assertEquals(MemoryModel.SERVER, DistributionDefaults.SERVER.newBuilder().build().memoryModel());
        assertEquals(Size.GIB, DistributionDefaults.SERVER.newBuilder().build().gcMaxHeap());
    }

    @Test
    void aDistributionMayDefineItsOwn() {
        DistributionDefaults debug = DistributionDefaults.of("debug", b -> b.logLevel(LogLevel.DEBUG).gcLog(true));
        assertEquals("debug", debug.name());
        VmConfig c = debug.newBuilder().build();
        assertEquals(LogLevel.DEBUG, c.logLevel());
        assertTrue(c.gcLog());
        assertNotSame(debug.newBuilder(), debug.newBuilder()); // each VM gets a fresh builder
    }
}
