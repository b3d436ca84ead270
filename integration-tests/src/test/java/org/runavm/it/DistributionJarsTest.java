package org.runavm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three distributions are executable jars holding exactly the bundles their .bndrun resolved to. */
class DistributionJarsTest {
    /** The standard modules built so far (core is not yet). */
    private static final Set<String> EVERY_STDLIB = Set.of("math", "io", "text", "time", "system", "crypto",
            "collections", "concurrency");

    @ParameterizedTest
    @ValueSource(strings = {"standard", "server", "embedded"})
    void isAnExecutableJarNamingItsDistribution(String name) throws IOException {
        try (JarFile jar = new JarFile(Distributions.jar(name).toFile())) {
            assertEquals("org.runavm.boot.Main", jar.getManifest().getMainAttributes().getValue("Main-Class"));
            Properties descriptor = new Properties();
            try (InputStream in = jar.getInputStream(jar.getJarEntry("META-INF/runavm/distribution.properties"))) {
                descriptor.load(in);
            }
            assertEquals(name, descriptor.getProperty("name"));
            assertFalse(descriptor.getProperty("version").contains("${"), "version is filtered");
            assertNotNull(jar.getJarEntry("org/apache/felix/framework/Felix.class"), "the framework is on the class path");
        }
    }

    @Test
    void standardHasTheInterpreterTheGenerationalCollectorAndEveryModule() throws IOException {
        Set<String> bundles = bundles("standard");
        assertTrue(bundles.containsAll(Set.of("org.runavm.kernel", "org.runavm.launcher", "org.runavm.bytecode",
                "org.runavm.compiler", "org.runavm.engine.interpreter",
                "org.runavm.gc.generational", "org.runavm.scheduler", "org.runavm.security", "org.runavm.ffi")),
                bundles::toString);
        for (String module : EVERY_STDLIB) {
            assertTrue(bundles.contains("org.runavm.stdlib." + module), module);
        }
        assertFalse(bundles.contains("org.runavm.gc.compact"), "standard names one collector");
    }

    @Test
    void serverHasEverything() throws IOException {
        Set<String> bundles = bundles("server");
        assertTrue(bundles.containsAll(Set.of("org.runavm.gc.generational", "org.runavm.gc.compact", "org.runavm.ffi")),
                bundles::toString);
        for (String module : EVERY_STDLIB) {
            assertTrue(bundles.contains("org.runavm.stdlib." + module), module);
        }
    }

    @Test
    void embeddedIsTheSmallest() throws IOException {
        Set<String> bundles = bundles("embedded");
        assertTrue(bundles.containsAll(Set.of("org.runavm.kernel", "org.runavm.engine.interpreter", "org.runavm.gc.compact",
                "org.runavm.security", "org.runavm.compiler")), bundles::toString);
        for (String absent : Set.of("org.runavm.engine.jit", "org.runavm.gc.generational", "org.runavm.ffi",
                "org.runavm.stdlib.io", "org.runavm.stdlib.system")) {
            assertFalse(bundles.contains(absent), absent);
        }
        assertTrue(bundles.size() < bundles("standard").size());
    }

    /** Symbolic names of the bundles stored in a distribution jar. */
    static Set<String> bundles(String name) throws IOException {
        Set<String> names = new TreeSet<>();
        try (JarFile jar = new JarFile(Distributions.jar(name).toFile())) {
            for (var entry : jar.stream().filter(e -> e.getName().startsWith("bundles/") && e.getName().endsWith(".jar")).toList()) {
                names.add(symbolicName(jar.getInputStream(entry)));
            }
        }
        return names;
    }

    /** The Bundle-SymbolicName of a nested bundle; its manifest need not be the first entry. */
    private static String symbolicName(InputStream bundle) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(bundle)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("META-INF/MANIFEST.MF")) {
                    String bsn = new Manifest(zip).getMainAttributes().getValue("Bundle-SymbolicName");
                    return bsn.split(";")[0].trim();
                }
            }
        }
        throw new AssertionError("a bundle without a manifest");
    }
}
