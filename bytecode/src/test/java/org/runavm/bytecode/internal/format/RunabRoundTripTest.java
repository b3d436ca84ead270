package org.runavm.bytecode.internal.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.junit.jupiter.api.Test;
import org.runavm.bytecode.internal.SamplePrograms;
import org.runavm.kernel.bytecode.ProgramImage;

class RunabRoundTripTest {

    @Provide
    Arbitrary<ProgramImage> images() {
        return ImageArbitraries.images();
    }

    @Property(tries = 300)
    void writeReadWriteIsIdentical(@ForAll("images") ProgramImage image) {
        byte[] first = new RunabWriter().write(image);
        RunabReader.Result read = new RunabReader().read(first);
        assertTrue(read.ok(), () -> read.problems().stream().map(Throwable::getMessage).toList().toString());
        assertEquals(image, read.image());
        assertArrayEquals(first, new RunabWriter().write(read.image()));
    }

    @Test
    void layoutStartsWithMagicAndHeaderSection() {
        byte[] bytes = new RunabWriter().write(SamplePrograms.sample());
        assertEquals("RUNABYTC", new String(bytes, 0, 8, java.nio.charset.StandardCharsets.US_ASCII));
        // header: 2+2+2+2 versions, 8 timestamp, 4 flags, 16 hash, 4 library count = 40 bytes
        assertEquals(40, ((bytes[8] & 0xFF) << 24) | ((bytes[9] & 0xFF) << 16) | ((bytes[10] & 0xFF) << 8) | (bytes[11] & 0xFF));
        assertEquals(1, bytes[13]);
        assertEquals(2, bytes[15]);
    }
}
