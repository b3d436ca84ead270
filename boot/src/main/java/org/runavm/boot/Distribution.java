package org.runavm.boot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * What a distribution jar contains: its name and version (from
 * {@code META-INF/runavm/distribution.properties}) and its bundles (the {@code bundles/*.jar} entries, in
 * name order). Bundle bytes are read from the jar only when a framework cache has to be filled.
 */
public record Distribution(Path jar, String name, String version, String description, List<String> bundleEntries) {

    static final String DESCRIPTOR = "META-INF/runavm/distribution.properties";
    static final String BUNDLE_DIR = "bundles/";

    public Distribution {
        bundleEntries = List.copyOf(bundleEntries);
    }

    /** Reads the descriptor and bundle list of the distribution jar at {@code jar}. */
    public static Distribution open(Path jar) throws BootException {
        if (!Files.isRegularFile(jar)) {
            throw new BootException("runavm: distribution not found: " + jar, 2);
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            JarEntry descriptor = file.getJarEntry(DESCRIPTOR);
            if (descriptor == null) {
                throw new BootException("runavm: " + jar + " is not a RunaVM distribution (no " + DESCRIPTOR + ")", 2);
            }
            Properties properties = new Properties();
            try (InputStream in = file.getInputStream(descriptor)) {
                properties.load(in);
            }
            List<String> bundles = new ArrayList<>();
            file.stream()
                    .map(JarEntry::getName)
                    .filter(n -> n.startsWith(BUNDLE_DIR) && n.endsWith(".jar") && n.indexOf('/', BUNDLE_DIR.length()) < 0)
                    .sorted(Comparator.naturalOrder())
                    .forEach(bundles::add);
            if (bundles.isEmpty()) {
                throw new BootException("runavm: distribution " + jar + " contains no bundles", 2);
            }
            return new Distribution(jar,
                    properties.getProperty("name", "unnamed"),
                    properties.getProperty("version", "0.0.0"),
                    properties.getProperty("description", ""),
                    bundles);
        } catch (IOException e) {
            throw new BootException("runavm: cannot read distribution " + jar + ": " + e.getMessage(), 2, e);
        }
    }

    /** The jar this class was loaded from: the running distribution. */
    public static Path running() throws BootException {
        try {
            return Path.of(Distribution.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            throw new BootException("runavm: cannot locate the running distribution jar", 2, e);
        }
    }

    /** Opens the bundle stored at {@code entry}; the caller closes the stream and the jar. */
    InputStream openBundle(JarFile file, String entry) throws IOException {
        JarEntry jarEntry = file.getJarEntry(entry);
        if (jarEntry == null) {
            throw new IOException("missing entry " + entry);
        }
        return file.getInputStream(jarEntry);
    }

    /** A key that changes whenever the jar does, so a cached framework never outlives its bundles. */
    String fingerprint() throws IOException {
        long size = Files.size(jar);
        long modified = Files.getLastModifiedTime(jar).toMillis();
        return Long.toHexString(jar.toAbsolutePath().normalize().toString().hashCode() & 0xffffffffL)
                + "-" + Long.toHexString(size) + "-" + Long.toHexString(modified);
    }
}
