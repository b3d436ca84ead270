package org.runavm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceReference;
import org.runavm.boot.RunaFramework;
import org.runavm.kernel.loader.Loader;
import org.runavm.kernel.loader.VerificationException;

/**
 * Damaged {@code .runab} files as users meet them: two programs compiled by the real {@code runa
 * compile}, then truncated, bit-flipped, spliced together, with a section length zeroed or made
 * huge and with huge counts. For every damaged file that the loader rejects, {@code runavm FILE} and
 * {@code runavm --verify FILE} must exit with status 4, name the file on standard error, print no
 * Java stack trace and finish (cli.md, "Exit status"; bytecode.md, "What the verifier guarantees").
 *
 * <p>Each launch of the distribution jar costs seconds, so most variants go through the same
 * {@code runavm} command service in this JVM (the distribution booted once, as the launcher boots
 * it), and a few representative ones through a separate process.
 */
class CorruptBytecodeTest {
    private static final Duration BOUND = Duration.ofSeconds(120);
    /** Bytes 0-7 are the magic; damage there is covered by {@link #aFileWithoutTheMagicIsStillInvalidBytecode}. */
    private static final int MAGIC = 8;
    private static final int HUGE = 0x7FFF_FFFF;

    @TempDir
    static Path work;
    static Map<String, String> env;
    static byte[] first;
    static byte[] second;
    static RunaFramework framework;
    static ToIntFunction<String[]> runavm;
    static Loader loader;

    /** A damaged file: what was done to which program, and the bytes. */
    record Variant(String name, byte[] bytes) {
    }

    @BeforeAll
    static void compileTwoProgramsAndBoot() throws Exception {
        env = Map.of("RUNAVM_CACHE_DIR", work.resolve("cache").toString());
        first = compile("inventory_program.runa");
        second = compile("closures_and_scopes.runa");
        framework = Distributions.boot("standard", work.resolve("in-process-cache"));
        runavm = framework.command("runavm");
        ServiceReference<Loader> reference = framework.context().getServiceReference(Loader.class);
        assertNotNull(reference, "the standard distribution has a loader");
        loader = framework.context().getService(reference);
    }

    @AfterAll
    static void stop() {
        if (framework != null) {
            framework.close();
        }
    }

    /** Compiles a program of the compiler's golden corpus with {@code runa compile} and returns its bytes. */
    private static byte[] compile(String name) throws Exception {
        Path root = Path.of(System.getProperty("runavm.root", "..")).toAbsolutePath().normalize();
        Path source = Files.copy(root.resolve("tests").resolve("compiler").resolve(name), work.resolve(name));
        CommandRun run = CommandRun.of("standard", "runa", work, env, "compile", source.toString());
        assertEquals(0, run.exitStatus(), run.stderr());
        return Files.readAllBytes(work.resolve(name.replace(".runa", ".runab")));
    }

    @TestFactory
    Stream<DynamicTest> everyRejectedVariantExitsFourInProcess() {
        List<Variant> variants = variants();
        long rejected = variants.stream().filter(v -> !loads(v.bytes())).count();
        assertTrue(rejected >= 60, "most variants are damaged beyond loading: " + rejected + " of " + variants.size());
        return variants.stream().map(v -> DynamicTest.dynamicTest(v.name(), () -> {
            Path file = Files.write(work.resolve(v.name() + ".runab"), v.bytes());
            if (loads(v.bytes())) {
                // Damage in a name or a constant's value can leave a valid program; it must verify as one.
                CommandRun verify = inProcess("--verify", file.toString());
                assertEquals(0, verify.exitStatus(), verify.stderr());
                return;
            }
            assertRejected(file, inProcess(file.toString()));
            assertRejected(file, inProcess("--verify", file.toString()));
        }));
    }

    @Test
    void representativeVariantsExitFourAsSeparateProcesses() throws Exception {
        int[] s = sectionOffsets(first);
        List<Variant> chosen = List.of(
                new Variant("process-truncated-mid", Arrays.copyOf(first, first.length / 2)),
                new Variant("process-spliced", splice(first, first.length / 3, second, second.length / 2)),
                new Variant("process-zero-functions-length", withWord(first, s[3], 0)),
                new Variant("process-huge-constant-count", withWord(first, s[1] + 4, HUGE)));
        for (Variant v : chosen) {
            assertFalse(loads(v.bytes()), v.name() + " is damaged beyond loading");
            Path file = Files.write(work.resolve(v.name() + ".runab"), v.bytes());
            assertRejected(file, CommandRun.of("standard", "runavm", work, env, file.toString()));
            assertRejected(file, CommandRun.of("standard", "runavm", work, env, "--verify", file.toString()));
        }
    }

    /**
     * A {@code .runab} file whose first eight bytes are not the magic (empty, cut short, or with a
     * damaged magic) is bytecode that fails verification, so exit status 4 (cli.md). The launcher
     * decides between source and bytecode by the magic alone, so {@code runavm FILE.runab} compiles
     * such a file as Runa source instead: exit 3, or 0 for an empty file. {@code --verify} already
     * answers 4. Reproducers: {@code edge-empty.runab}, {@code edge-magic-only.runab} and
     * {@code edge-wrong-magic.runab} among the bytecode fuzz seeds.
     */
    @Test
    void aFileWithoutTheMagicIsStillInvalidBytecode() {
        List<Variant> noMagic = List.of(new Variant("empty", new byte[0]), new Variant("cut-at-5", Arrays.copyOf(first, 5)),
                new Variant("magic-bit-flipped", flip(first, 7, 0)));
        for (Variant v : noMagic) {
            assertTimeoutPreemptively(BOUND, () -> {
                Path file = Files.write(work.resolve(v.name() + ".runab"), v.bytes());
                assertRejected(file, inProcess(file.toString()));
                assertRejected(file, inProcess("--verify", file.toString()));
            });
        }
    }

    private static void assertRejected(Path file, CommandRun run) {
        assertEquals(4, run.exitStatus(), "exit status for " + file.getFileName() + ": " + run.stderr());
        assertTrue(run.stderr().contains(file.toString()), "stderr names the file: " + run.stderr());
        CommandLineTest.assertNoJavaStackTrace(run);
    }

    private static boolean loads(byte[] bytes) {
        try {
            loader.load(bytes, "variant.runab");
            return true;
        } catch (VerificationException e) {
            return false;
        }
    }

    /**
     * Runs the {@code runavm} command service of the booted distribution, as {@code java -jar} would,
     * with its standard streams captured; bounded like a separate process.
     */
    private static CommandRun inProcess(String... args) {
        return assertTimeoutPreemptively(BOUND, () -> {
            PrintStream out = System.out;
            PrintStream err = System.err;
            ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
            ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
            int status;
            try {
                System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
                status = runavm.applyAsInt(args);
            } finally {
                System.setOut(out);
                System.setErr(err);
            }
            return new CommandRun(status, capturedOut.toString(StandardCharsets.UTF_8),
                    capturedErr.toString(StandardCharsets.UTF_8));
        }, () -> "runavm " + String.join(" ", args) + " did not finish in " + BOUND.toSeconds() + " s");
    }

    /** Every damaged file, deterministic: the same variants on every run. */
    static List<Variant> variants() {
        List<Variant> all = new ArrayList<>();
        int n = first.length;
        for (int cut : new int[] {MAGIC, MAGIC + 1, MAGIC + 3, MAGIC + 4, 20, 40, n - 1}) {
            all.add(new Variant("truncated-at-" + cut, Arrays.copyOf(first, cut)));
        }
        for (int i = 1; i <= 16; i++) {
            int cut = MAGIC + (int) ((long) (n - MAGIC) * i / 17);
            all.add(new Variant("truncated-at-" + cut, Arrays.copyOf(first, cut)));
        }
        for (int i = 0; i < 24; i++) {
            int at = MAGIC + (int) ((long) (n - MAGIC) * i / 24);
            all.add(new Variant("bit-" + (i % 8) + "-flipped-at-" + at, flip(first, at, i % 8)));
        }
        for (int i = 1; i <= 4; i++) {
            int head = first.length * i / 5;
            int tail = second.length * (5 - i) / 5;
            all.add(new Variant("spliced-" + head + "-" + tail, splice(first, head, second, tail)));
        }
        int[] sections = sectionOffsets(first);
        for (int k = 0; k < sections.length; k++) {
            all.add(new Variant("section-" + k + "-length-zero", withWord(first, sections[k], 0)));
            all.add(new Variant("section-" + k + "-length-huge", withWord(first, sections[k], HUGE)));
            all.add(new Variant("section-" + k + "-first-word-huge", withWord(first, sections[k] + 4, HUGE)));
            all.add(new Variant("section-" + k + "-first-word-all-ones", withWord(first, sections[k] + 4, -1)));
        }
        return all;
    }

    /** The offset of each section's length field: sections follow the magic, each a u32 length and its bytes. */
    static int[] sectionOffsets(byte[] file) {
        List<Integer> offsets = new ArrayList<>();
        int at = MAGIC;
        while (at + 4 <= file.length) {
            offsets.add(at);
            at += 4 + word(file, at);
        }
        assertEquals(at, file.length, "a compiled file is a sequence of whole sections");
        return offsets.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int word(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    private static byte[] withWord(byte[] file, int at, int value) {
        byte[] bytes = file.clone();
        for (int i = 0; i < 4; i++) {
            bytes[at + i] = (byte) (value >>> (24 - 8 * i));
        }
        return bytes;
    }

    private static byte[] flip(byte[] file, int at, int bit) {
        byte[] bytes = file.clone();
        bytes[at] ^= (byte) (1 << bit);
        return bytes;
    }

    private static byte[] splice(byte[] a, int head, byte[] b, int tailStart) {
        byte[] bytes = Arrays.copyOf(a, head + b.length - tailStart);
        System.arraycopy(b, tailStart, bytes, head, b.length - tailStart);
        return bytes;
    }
}
