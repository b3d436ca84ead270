package org.runavm.security.internal.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the canonicalizer against the operating system: in a tree full of symlinks (relative,
 * absolute, to directories, to files, chained), every path that exists must canonicalize to exactly
 * what {@link Path#toRealPath} (the kernel's own resolution) says. Paths are drawn from a seeded
 * random generator, so the run is reproducible.
 */
class PathCanonicalizerOracleTest {

    private static final String[] NAMES = {"a", "b", "c", "f.txt", "up", "abs", "dot", "hop", "file-link", "..", ".", "missing"};

    @TempDir
    Path temp;

    @Test
    void agreesWithTheOperatingSystemOnEveryExistingPath() throws IOException, UnresolvablePathException {
        Path root = temp.toRealPath();
        Path a = Files.createDirectories(root.resolve("a"));
        Path b = Files.createDirectories(a.resolve("b"));
        Path c = Files.createDirectories(root.resolve("c"));
        Files.writeString(b.resolve("f.txt"), "x");
        Files.writeString(c.resolve("f.txt"), "y");
        Files.createSymbolicLink(a.resolve("up"), Path.of("../c"));
        Files.createSymbolicLink(c.resolve("abs"), b);
        Files.createSymbolicLink(b.resolve("dot"), Path.of("."));
        Files.createSymbolicLink(root.resolve("hop"), Path.of("a/up/abs"));
        Files.createSymbolicLink(c.resolve("file-link"), Path.of("../a/b/f.txt"));
        Files.createSymbolicLink(b.resolve("up"), Path.of("../../c/abs/.."));

        PathCanonicalizer canonicalizer = new PathCanonicalizer(root);
        Random random = new Random(20261125);
        int compared = 0;
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(7);
            for (int j = 0; j < length; j++) {
                if (j > 0) {
                    text.append('/');
                }
                text.append(NAMES[random.nextInt(NAMES.length)]);
            }
            Path relative = Path.of(text.toString());
            Path canonical = canonicalizer.canonicalize(text.toString());
            assertTrue(canonical.isAbsolute(), text::toString);
            for (Path name : canonical) {
                assertTrue(!name.toString().equals("..") && !name.toString().equals("."), text::toString);
            }
            Path onDisk = root.resolve(relative);
            if (Files.exists(onDisk)) {
                assertEquals(onDisk.toRealPath(), canonical, text::toString);
                compared++;
            }
        }
        // The generator must actually exercise existing paths, or the test proves nothing.
        assertTrue(compared > 200, "only " + compared + " existing paths compared");
    }
}
