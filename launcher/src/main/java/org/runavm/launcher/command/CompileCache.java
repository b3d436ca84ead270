package org.runavm.launcher.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.runavm.kernel.compile.CompileOptions;
import org.runavm.kernel.compile.SourceFile;

/**
 * Compiled programs kept between runs, as CPython keeps {@code .pyc} files: {@code runavm FILE.runa}
 * run again unchanged loads the bytecode it compiled the last time instead of compiling the source.
 * An entry is named after a SHA-256 of everything the bytecode depends on: the source's text and
 * path as given (the path is in the debug information), the compile options, and the builds of the
 * runtime's bundles (the compiler's and the loader's among them); a changed source, option or bundle
 * is simply another entry. An entry is bytecode like any {@code .runab}: the loader verifies it when
 * it is read, and one that does not verify is removed and the source compiled again.
 *
 * <p>Entries live in {@code bytecode/} of the cache directory the boot launcher chose
 * ({@code $RUNAVM_CACHE_DIR}, else {@code $XDG_CACHE_HOME/runavm}, else {@code ~/.cache/runavm}); each
 * use touches its entry, and storing one removes all but the {@value #KEPT} used last.
 * {@code RUNAVM_COMPILE_CACHE=off} turns the cache off. A cache that cannot be read or written only
 * costs the compilation it would have saved.
 */
final class CompileCache {
    static final String SWITCH_VARIABLE = "RUNAVM_COMPILE_CACHE";
    static final int KEPT = 256;
    private static final String SUFFIX = ".runab";

    private final Path dir;

    private CompileCache(Path dir) {
        this.dir = dir;
    }

    /**
     * The cache in {@code bytecode/} of RunaVM's cache directory {@code cacheDirectory}, or none when
     * {@code RUNAVM_COMPILE_CACHE=off} or there is no cache directory.
     */
    static Optional<CompileCache> open(Map<String, String> env, Optional<Path> cacheDirectory) {
        if ("off".equalsIgnoreCase(env.getOrDefault(SWITCH_VARIABLE, "").strip())) {
            return Optional.empty();
        }
        return cacheDirectory.map(dir -> new CompileCache(dir.resolve("bytecode")));
    }

    /**
     * The name of the entry for {@code source} compiled with {@code options} in a runtime of the
     * builds {@code builds} (each bundle's symbolic name, version and install time).
     */
    static String key(SourceFile source, CompileOptions options, List<String> builds) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        List<String> parts = new ArrayList<>(builds);
        parts.add("optimize=" + options.optimizeLevel() + " debug=" + options.debugInfo() + " aot=" + options.aot());
        parts.add(source.path());
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            digest.update(length(bytes.length));
            digest.update(bytes);
        }
        digest.update(source.text().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] length(int n) { // each part framed by its length: no two lists hash alike
        return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
    }

    /** The bytecode stored under {@code key}, if any; reading it counts as a use. */
    Optional<byte[]> lookup(String key) {
        Path entry = dir.resolve(key + SUFFIX);
        try {
            byte[] bytes = Files.readAllBytes(entry);
            Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
            return Optional.of(bytes);
        } catch (IOException e) {
            return Optional.empty(); // absent or unreadable: compile
        }
    }

    /** Removes the entry {@code key}, e.g. one the loader rejected. */
    void forget(String key) {
        try {
            Files.deleteIfExists(dir.resolve(key + SUFFIX));
        } catch (IOException e) {
            // it will be replaced when the program is stored again
        }
    }

    /**
     * Stores {@code bytecode} under {@code key}: written to a file of its own, then renamed over the
     * entry, so a concurrent run reads a whole entry or none. Then trims the cache to {@value #KEPT}.
     */
    void store(String key, byte[] bytecode) {
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + key, ".tmp");
            Files.write(tmp, bytecode);
            Files.move(tmp, dir.resolve(key + SUFFIX), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
            trim();
        } catch (IOException | UnsupportedOperationException e) {
            // an unwritable cache: the next run compiles again
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // left for the next trim
                }
            }
        }
    }

    private void trim() throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            stream.forEach(entries::add);
        }
        if (entries.size() <= KEPT) {
            return;
        }
        entries.sort(Comparator.comparing(CompileCache::lastUse).reversed());
        for (Path old : entries.subList(KEPT, entries.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static FileTime lastUse(Path entry) {
        try {
            return Files.getLastModifiedTime(entry);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
