package org.runavm.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameworkCacheTest {
    @TempDir
    Path dir;

    @Test
    void theCacheRootFollowsTheEnvironment() {
        assertEquals(Path.of("/x/cache"), FrameworkCache.root(Map.of("RUNAVM_CACHE_DIR", "/x/cache", "XDG_CACHE_HOME", "/y")));
        assertEquals(Path.of("/y", "runavm"), FrameworkCache.root(Map.of("XDG_CACHE_HOME", "/y")));
    }

    @Test
    void aCacheInUseIsNotSharedButReplacedByATemporaryStorage() throws Exception {
        Distribution distribution = distribution();
        Map<String, String> env = Map.of("RUNAVM_CACHE_DIR", dir.resolve("cache").toString());
        try (FrameworkCache first = FrameworkCache.acquire(distribution, env)) {
            first.markFilled();
            assertTrue(first.isFilled());
            try (FrameworkCache second = FrameworkCache.acquire(distribution, env)) {
                assertNotEquals(first.storage(), second.storage());
                assertFalse(second.isFilled(), "a temporary storage starts empty");
                second.close();
                assertFalse(Files.exists(second.storage()), "a temporary storage is deleted on close");
            }
        }
        try (FrameworkCache again = FrameworkCache.acquire(distribution, env)) {
            assertTrue(again.isFilled(), "the filled cache is reused once released");
            again.clear();
            assertFalse(again.isFilled());
        }
    }

    @Test
    void olderCachesOfTheSameDistributionArePruned() throws Exception {
        Path cache = dir.resolve("cache");
        Path stale = Files.createDirectories(cache.resolve("tiny-stale"));
        Files.writeString(stale.resolve("bundle"), "old");
        Distribution distribution = distribution();
        try (FrameworkCache current = FrameworkCache.acquire(distribution, Map.of("RUNAVM_CACHE_DIR", cache.toString()))) {
            current.pruneSiblings(distribution);
            assertFalse(Files.exists(stale));
            assertTrue(Files.isDirectory(current.storage()));
        }
    }

    private Distribution distribution() throws Exception {
        Path jar = Files.writeString(dir.resolve("tiny.jar"), "not read by the cache");
        return new Distribution(jar, "tiny", "1.0", "", List.of("bundles/a.jar"));
    }
}
