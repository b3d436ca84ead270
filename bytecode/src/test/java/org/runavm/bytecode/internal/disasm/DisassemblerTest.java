package org.runavm.bytecode.internal.disasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.runavm.bytecode.internal.SamplePrograms;
import org.runavm.kernel.bytecode.DebugInfo;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.bytecode.Header;
import org.runavm.kernel.bytecode.ProgramImage;

/** Golden test: the sample program prints exactly as sample.disasm beside this class. */
class DisassemblerTest {

    @Test
    void sampleMatchesGoldenOutput() throws IOException {
        StringBuilder out = new StringBuilder();
        new Disassembler().disassemble(SamplePrograms.sample(), out);
        assertEquals(golden("sample.disasm"), out.toString());
    }

    @Test
    void undecodableCodeIsShownNotThrown() throws IOException {
        FunctionInfo f = new FunctionInfo(0, "broken", -1, List.of(), List.of(), 0, 0, 2, List.of(), 0, List.of());
        ProgramImage image = new ProgramImage(Header.of(0, 0), List.of(), List.of(), List.of(f),
                new byte[] {0x7D, (byte) 0xEE}, List.of(), DebugInfo.EMPTY);
        StringBuilder out = new StringBuilder();
        new Disassembler().disassemble(image, out);
        assertTrue(out.toString().contains("0001  <unknown opcode 0xEE>"), out.toString());
    }

    @Test
    void nestedConstantsPrintBriefly() throws IOException {
        org.runavm.kernel.bytecode.ProgramBuilder b = new org.runavm.kernel.bytecode.ProgramBuilder();
        int list = b.integer(7);
        for (int i = 0; i < 40; i++) {
            list = b.constant(new org.runavm.kernel.bytecode.Constant.ListOf(List.of(list, list)));
        }
        b.function("f").code().emit(org.runavm.kernel.bytecode.Opcode.LOAD_CONST, list)
                .emit(org.runavm.kernel.bytecode.Opcode.RETURN);
        StringBuilder out = new StringBuilder();
        new Disassembler().disassemble(b.build(), out);
        assertTrue(out.toString().contains("LOAD_CONST         #40 [[..., ...], [..., ...]]"), out.toString());
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = DisassemblerTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
