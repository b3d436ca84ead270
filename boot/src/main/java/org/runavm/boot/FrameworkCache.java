package org.runavm.boot;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Where a distribution's framework keeps its state between runs. Installing and resolving every
 * bundle is most of the cost of a cold start; a cache filled once per distribution jar turns later
 * starts into a framework restart. The cache is keyed by the jar's fingerprint, so a rebuilt jar
 * never runs stale bundles, and it is locked while in use: a second concurrent process gets a private
 * temporary storage instead of sharing (and corrupting) the cache.
 */
final class FrameworkCache implements AutoCloseable {
    private static final String COMPLETE_MARKER = ".complete";
    /** How many caches of other builds of a distribution are kept, the most recently used. */
    static final int KEPT_SIBLINGS = 2;

    private final Path root;
    private final Path storage;
    private final boolean temporary;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private FrameworkCache(Path root, Path storage, boolean temporary, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.storage = storage;
        this.temporary = temporary;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Takes the cache of {@code distribution}, or a fresh temporary storage when it is busy or unwritable. */
    static FrameworkCache acquire(Distribution distribution, Map<String, String> env) throws IOException {
        Path root = root(env);
        String key = distribution.name() + "-" + distribution.fingerprint();
        try {
            Files.createDirectories(root);
            FileChannel channel = FileChannel.open(root.resolve(key + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very JVM (an embedder booting twice)
            }
            if (lock != null) {
                Path dir = root.resolve(key);
                Files.createDirectories(dir);
                Files.setLastModifiedTime(dir, FileTime.from(Instant.now())); // its last use, for pruneSiblings
                return new FrameworkCache(root, dir, false, channel, lock);
            }
            channel.close();
        } catch (IOException e) {
            // an unwritable cache root only costs start-up time: fall through to a temporary storage
        }
        return new FrameworkCache(root, Files.createTempDirectory("runavm-" + distribution.name() + "-"), true, null, null);
    }

    static Path root(Map<String, String> env) {
        String explicit = env.get("RUNAVM_CACHE_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "runavm");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "runavm");
    }

    Path storage() {
        return storage;
    }

    /** The directory of every RunaVM cache ({@link #root(Map)}), also when this storage is a temporary one. */
    Path root() {
        return root;
    }

    /** True when an earlier run installed and started every bundle into this storage. */
    boolean isFilled() {
        return !temporary && Files.exists(storage.resolve(COMPLETE_MARKER));
    }

    void markFilled() throws IOException {
        if (!temporary) {
            Files.writeString(storage.resolve(COMPLETE_MARKER), "filled\n");
        }
    }

    /** Forgets the cached state, e.g. after a cached framework failed to start. */
    void clear() throws IOException {
        deleteTree(storage);
        Files.createDirectories(storage);
    }

    /**
     * Removes the caches of other builds of the same distribution that no process is using, but for
     * the {@value #KEPT_SIBLINGS} used most recently: two checkouts or installed versions used in turn
     * would otherwise delete each other's cache on every start, and every start would be cold.
     */
    void pruneSiblings(Distribution distribution) {
        if (temporary) {
            return;
        }
        Path root = storage.getParent();
        List<Path> siblings = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, distribution.name() + "-*")) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry) && !entry.equals(storage)) {
                    siblings.add(entry);
                }
            }
        } catch (IOException e) {
            return; // pruning is housekeeping only
        }
        siblings.sort(Comparator.comparing(FrameworkCache::lastUse).reversed());
        for (Path entry : siblings.subList(Math.min(KEPT_SIBLINGS, siblings.size()), siblings.size())) {
            Path lockFile = root.resolve(entry.getFileName() + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock other = channel.tryLock()) {
                if (other != null) {
                    deleteTree(entry);
                    Files.deleteIfExists(lockFile);
                }
            } catch (IOException | OverlappingFileLockException e) {
                // in use or not ours to delete: leave it
            }
        }
    }

    private static FileTime lastUse(Path cache) {
        try {
            return Files.getLastModifiedTime(cache);
        } catch (IOException e) {
            return FileTime.fromMillis(0); // unreadable: the first to go
        }
    }

    @Override
    public void close() throws IOException {
        if (temporary) {
            deleteTree(storage);
        }
        if (lock != null) {
            lock.release();
        }
        if (lockChannel != null) {
            lockChannel.close();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
