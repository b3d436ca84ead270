package org.runavm.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
                // the caches' directory is the same for both: the compile cache lives there
                assertEquals(dir.resolve("cache"), first.root());
                assertEquals(dir.resolve("cache"), second.root());
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
    void cachesOfOtherBuildsArePrunedButTheMostRecentlyUsed() throws Exception {
        Path cache = dir.resolve("cache");
        List<Path> others = new ArrayList<>();
        for (int age = 4; age >= 1; age--) { // tiny-old4 was used four hours ago, tiny-old1 an hour ago
            Path other = Files.createDirectories(cache.resolve("tiny-old" + age));
            Files.writeString(other.resolve("bundle"), "old");
            Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofHours(age))));
            others.add(other);
        }
        Path otherDistribution = Files.createDirectories(cache.resolve("other-old9"));
        Distribution distribution = distribution();
        try (FrameworkCache current = FrameworkCache.acquire(distribution, Map.of("RUNAVM_CACHE_DIR", cache.toString()))) {
            current.pruneSiblings(distribution);
            assertFalse(Files.exists(others.get(0)), "tiny-old4");
            assertFalse(Files.exists(others.get(1)), "tiny-old3");
            assertTrue(Files.isDirectory(others.get(2)), "tiny-old2 is one of the two kept");
            assertTrue(Files.isDirectory(others.get(3)), "tiny-old1 is one of the two kept");
            assertTrue(Files.isDirectory(otherDistribution), "another distribution's cache is not this one's to prune");
            assertTrue(Files.isDirectory(current.storage()));
        }
    }

    private Distribution distribution() throws Exception {
        Path jar = Files.writeString(dir.resolve("tiny.jar"), "not read by the cache");
        return new Distribution(jar, "tiny", "1.0", "", List.of("bundles/a.jar"));
    }
}
