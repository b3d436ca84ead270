package org.runavm.bytecode.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.loader.VerificationException;

class RunabLoaderTest {

    private final RunabLoader loader = new RunabLoader();

    @Test
    void sampleLoadsAndRoundTrips() throws Exception {
        ProgramImage sample = SamplePrograms.sample();
        byte[] bytes = loader.write(sample);
        ProgramImage loaded = loader.load(bytes, "sample.runab");
        assertEquals(sample, loaded);
        assertArrayEquals(bytes, loader.write(loaded));
    }

    @Test
    void rejectionNamesOriginAndFirstProblem() {
        byte[] bytes = loader.write(SamplePrograms.sample());
        byte[] cut = Arrays.copyOf(bytes, bytes.length - 3);
        VerificationException e = assertThrows(VerificationException.class, () -> loader.load(cut, "cut.runab"));
        assertEquals("cut.runab", e.origin());
        assertTrue(e.getMessage().startsWith("cut.runab: debug"), e.getMessage());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }
}
