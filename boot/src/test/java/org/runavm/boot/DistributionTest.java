package org.runavm.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributionTest {
    @TempDir
    Path dir;

    @Test
    void readsNameVersionAndBundlesInNameOrder() throws Exception {
        Path jar = jar("name=tiny\nversion=1.2.3\ndescription=for tests\n", "bundles/b.jar", "bundles/a.jar", "other/c.jar");
        Distribution distribution = Distribution.open(jar);
        assertEquals("tiny", distribution.name());
        assertEquals("1.2.3", distribution.version());
        assertEquals(List.of("bundles/a.jar", "bundles/b.jar"), distribution.bundleEntries());
    }

    @Test
    void aMissingJarIsAConfigurationError() {
        BootException e = assertThrows(BootException.class, () -> Distribution.open(dir.resolve("none.jar")));
        assertEquals(2, e.exitStatus());
        assertTrue(e.getMessage().contains("none.jar"), e.getMessage());
    }

    @Test
    void aJarWithoutDescriptorIsNotADistribution() throws Exception {
        Path jar = jar(null, "bundles/a.jar");
        BootException e = assertThrows(BootException.class, () -> Distribution.open(jar));
        assertTrue(e.getMessage().contains("is not a RunaVM distribution"), e.getMessage());
    }

    @Test
    void aDistributionWithoutBundlesIsRejected() throws Exception {
        Path jar = jar("name=empty\n");
        BootException e = assertThrows(BootException.class, () -> Distribution.open(jar));
        assertTrue(e.getMessage().contains("contains no bundles"), e.getMessage());
    }

    @Test
    void theFingerprintChangesWhenTheJarDoes() throws Exception {
        Path jar = jar("name=tiny\n", "bundles/a.jar");
        String before = Distribution.open(jar).fingerprint();
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));
        assertNotEquals(before, Distribution.open(jar).fingerprint());
    }

    private Path jar(String descriptor, String... entries) throws IOException {
        Path jar = Files.createTempFile(dir, "dist", ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            if (descriptor != null) {
                zip.putNextEntry(new JarEntry(Distribution.DESCRIPTOR));
                zip.write(descriptor.getBytes(StandardCharsets.ISO_8859_1));
                zip.closeEntry();
            }
            for (String entry : entries) {
                zip.putNextEntry(new JarEntry(entry));
                zip.write(new byte[] {1, 2, 3});
                zip.closeEntry();
            }
        }
        return jar;
    }
}
