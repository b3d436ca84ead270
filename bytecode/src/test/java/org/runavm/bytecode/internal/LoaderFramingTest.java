package org.runavm.bytecode.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.runavm.kernel.bytecode.Header;
import org.runavm.kernel.bytecode.ProgramBuilder;
import org.runavm.kernel.bytecode.Opcode;
import org.runavm.kernel.loader.VerificationException;
import org.runavm.kernel.loader.VerificationProblem;

/** The framing guarantees: magic, section lengths, truncation, hostile counts, trailing bytes. */
class LoaderFramingTest {

    /** Offsets in a file written from {@link SamplePrograms#sample()}: magic 8, header length 4 + 40. */
    private static final int LIBRARY_COUNT = 8 + 4 + 36;
    private static final int CONSTANTS_LENGTH = 8 + 4 + 40;
    private static final int CONSTANT_COUNT = CONSTANTS_LENGTH + 4;

    private final RunabLoader loader = new RunabLoader();
    private final byte[] valid = loader.write(SamplePrograms.sample());

    private List<VerificationProblem> problems(byte[] bytes) {
        return assertThrows(VerificationException.class, () -> loader.load(bytes, "t.runab")).problems();
    }

    private static void assertHas(List<VerificationProblem> problems, String section, String fragment) {
        assertTrue(problems.stream().anyMatch(p -> p.section().equals(section) && p.message().contains(fragment)),
                () -> section + " '" + fragment + "' not in " + problems);
    }

    private static byte[] putInt(byte[] bytes, int at, int value) {
        byte[] copy = bytes.clone();
        copy[at] = (byte) (value >>> 24);
        copy[at + 1] = (byte) (value >>> 16);
        copy[at + 2] = (byte) (value >>> 8);
        copy[at + 3] = (byte) value;
        return copy;
    }

    @Test
    void magicIsRequired() {
        byte[] bad = valid.clone();
        bad[0] = 'X';
        assertEquals("not a .runab file: the magic RUNABYTC is missing", problems(bad).getFirst().message());
        assertHas(problems(new byte[0]), "file", "magic");
    }

    @Test
    void everyTruncationIsReported() {
        for (int length = 0; length < valid.length; length++) {
            byte[] cut = Arrays.copyOf(valid, length);
            List<VerificationProblem> p = problems(cut);
            assertTrue(!p.isEmpty(), "cut at " + length);
        }
    }

    @Test
    void sectionLengthBeyondTheFile() {
        assertHas(problems(putInt(valid, CONSTANTS_LENGTH, 1 << 30)), "constants",
                "declares 1073741824 bytes but only");
    }

    @Test
    void hostileCountsAllocateNothing() {
        assertHas(problems(putInt(valid, LIBRARY_COUNT, Integer.MAX_VALUE)), "header",
                "native library count 2147483647 cannot fit");
        assertHas(problems(putInt(valid, CONSTANT_COUNT, Integer.MAX_VALUE)), "constants",
                "constant count 2147483647 cannot fit");
        assertHas(problems(putInt(valid, CONSTANT_COUNT, -1)), "constants", "constant count 4294967295 is too large");
    }

    @Test
    void bytesAfterTheLastSection() {
        byte[] longer = Arrays.copyOf(valid, valid.length + 3);
        assertHas(problems(longer), "file", "3 bytes after the last section");
    }

    @Test
    void debugSectionRequiredByTheFlag() {
        ProgramBuilder b = new ProgramBuilder();
        b.function("f").code().emit(Opcode.RETURN_NULL);
        byte[] plain = loader.write(b.build());
        byte[] flagged = plain.clone();
        flagged[8 + 4 + 19] |= Header.HAS_DEBUG_INFO;
        assertHas(problems(flagged), "debug", "the debug section is missing");
    }

    @Test
    void stringsMustBeUtf8AndKindsKnown() {
        ProgramBuilder b = new ProgramBuilder();
        b.text("ab");
        b.function("f").code().emit(Opcode.RETURN_NULL);
        byte[] bytes = loader.write(b.build());
        int kind = CONSTANT_COUNT + 4;
        byte[] utf = bytes.clone();
        utf[kind + 5] = (byte) 0xC3; // a lead byte followed by 'b' is malformed
        assertHas(problems(utf), "constants", "Text constant is not valid UTF-8");
        byte[] unknown = bytes.clone();
        unknown[kind] = 0x33;
        assertHas(problems(unknown), "constants", "constant #0 has unknown kind 0x33");
    }

    @Test
    void problemsOfSeveralSectionsInOnePass() {
        byte[] bad = putInt(valid, LIBRARY_COUNT, 99);
        bad = putInt(bad, CONSTANT_COUNT, 5000);
        List<VerificationProblem> p = problems(bad);
        assertHas(p, "header", "native library count 99");
        assertHas(p, "constants", "constant count 5000");
    }
}
