package org.runavm.bytecode.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import org.runavm.bytecode.internal.format.RunabReader;
import org.runavm.bytecode.internal.verify.Verifier;
import org.runavm.kernel.bytecode.Header;
import org.runavm.kernel.bytecode.Opcode;
import org.runavm.kernel.bytecode.ProgramBuilder;
import org.runavm.kernel.loader.VerificationException;
import org.runavm.kernel.loader.VerificationProblem;

/**
 * Damaged files: whatever the bytes, loading either succeeds or raises VerificationException. The
 * reader and verifier are called directly too, so an unchecked exception cannot hide behind the
 * loader's last-resort handler.
 */
class LoaderFuzzTest {

    private static final RunabLoader LOADER = new RunabLoader();
    private static final byte[] SAMPLE = LOADER.write(SamplePrograms.sample());
    private static final byte[] SMALL = small();

    private static byte[] small() {
        ProgramBuilder b = new ProgramBuilder().flags(Header.JIT_ALLOWED);
        var f = b.function("loop");
        f.parameter("n", -1, 0);
        var c = f.code();
        var top = c.here();
        var done = c.newLabel();
        c.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 0).emitJump(Opcode.JUMP_IF_LE, done)
                .emit(Opcode.INC_LOCAL, 0, -1).emitJump(Opcode.JUMP, top);
        c.bind(done).emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.RETURN);
        return LOADER.write(b.build());
    }

    @Provide
    Arbitrary<byte[]> validFiles() {
        return Arbitraries.of(SAMPLE, SMALL);
    }

    @Property(tries = 400)
    void truncated(@ForAll("validFiles") byte[] file, @ForAll @IntRange(min = 0, max = 100_000) int cut) {
        assertOnlyVerificationOutcome(Arrays.copyOf(file, cut % (file.length + 1)));
    }

    @Property(tries = 1500)
    void bitsFlipped(@ForAll("validFiles") byte[] file, @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 1_000_000) Integer> bits) {
        byte[] bytes = file.clone();
        for (int bit : bits) {
            int at = (bit / 8) % bytes.length;
            bytes[at] ^= (byte) (1 << (bit % 8));
        }
        assertOnlyVerificationOutcome(bytes);
    }

    @Property(tries = 1500)
    void wordsOverwritten(@ForAll("validFiles") byte[] file, @ForAll @IntRange(min = 0, max = 100_000) int where,
                          @ForAll int value) {
        byte[] bytes = file.clone();
        int at = where % Math.max(1, bytes.length - 3);
        for (int i = 0; i < 4 && at + i < bytes.length; i++) {
            bytes[at + i] = (byte) (value >>> (24 - 8 * i));
        }
        assertOnlyVerificationOutcome(bytes);
    }

    @Property(tries = 500)
    void spliced(@ForAll("validFiles") byte[] a, @ForAll("validFiles") byte[] b,
                 @ForAll @IntRange(min = 0, max = 100_000) int cutA, @ForAll @IntRange(min = 0, max = 100_000) int cutB) {
        int headLength = cutA % (a.length + 1);
        int tailStart = cutB % (b.length + 1);
        byte[] bytes = Arrays.copyOf(a, headLength + b.length - tailStart);
        System.arraycopy(b, tailStart, bytes, headLength, b.length - tailStart);
        assertOnlyVerificationOutcome(bytes);
    }

    @Property(tries = 500)
    void noiseAfterTheMagic(@ForAll @Size(max = 300) byte[] noise) {
        byte[] bytes = Arrays.copyOf("RUNABYTC".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 8 + noise.length);
        System.arraycopy(noise, 0, bytes, 8, noise.length);
        assertOnlyVerificationOutcome(bytes);
    }

    @Property(tries = 300)
    void codeBytesScrambled(@ForAll @Size(min = 1, max = 40) byte[] code) {
        // Replace the code of the small program by random bytes of the same length or less.
        byte[] bytes = SMALL.clone();
        int codeSection = indexOfCode(bytes);
        int n = Math.min(code.length, lengthAt(bytes, codeSection));
        System.arraycopy(code, 0, bytes, codeSection + 4, n);
        assertOnlyVerificationOutcome(bytes);
    }

    /** The offset of the code section's length field: after magic, header, constants, types, functions. */
    private static int indexOfCode(byte[] bytes) {
        int at = 8;
        for (int section = 0; section < 4; section++) {
            at += 4 + lengthAt(bytes, at);
        }
        return at;
    }

    private static int lengthAt(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    private static void assertOnlyVerificationOutcome(byte[] bytes) {
        RunabReader.Result read = new RunabReader().read(bytes);
        if (read.ok()) {
            List<VerificationProblem> problems = new Verifier().verify(read.image());
            if (problems.isEmpty()) {
                try {
                    LOADER.disassemble(read.image(), new StringBuilder());
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }
        }
        try {
            LOADER.load(bytes, "fuzz.runab");
        } catch (VerificationException e) {
            assertFalse(e.getMessage().contains("cannot be verified"), e.getMessage());
        }
    }
}
