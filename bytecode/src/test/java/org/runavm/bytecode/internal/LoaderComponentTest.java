package org.runavm.bytecode.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.loader.VerificationException;

/** The service component offers exactly what {@link RunabLoader} does. */
class LoaderComponentTest {

    private final LoaderComponent component = new LoaderComponent();

    @Test
    void writesLoadsVerifiesAndPrints() throws Exception {
        ProgramImage sample = SamplePrograms.sample();
        byte[] bytes = component.write(sample);
        assertEquals(sample, component.load(bytes, "sample.runab"));
        component.verify(sample, "sample.runa");
        StringBuilder out = new StringBuilder();
        component.disassemble(sample, out);
        assertTrue(out.toString().startsWith("; format 1.2"), out.toString());
        assertThrows(VerificationException.class, () -> component.load(new byte[] {1, 2, 3}, "junk"));
    }
}
