package org.runavm.launcher.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runavm.kernel.compile.CompileOptions;
import org.runavm.kernel.compile.SourceFile;

class CompileCacheTest {
    private static final SourceFile SOURCE = new SourceFile("fib.runa", "Display 1\n");
    private static final CompileOptions OPTIONS = new CompileOptions(1, true, false);
    private static final List<String> BUILDS = List.of("org.runavm.compiler 0.1.0 installed 5", "org.runavm.bytecode 0.1.0 installed 5");

    @TempDir
    Path dir;

    private CompileCache cache() {
        return CompileCache.open(Map.of(), Optional.of(dir)).orElseThrow();
    }

    @Test
    void theKeyChangesWithEverythingTheBytecodeDependsOn() {
        String key = CompileCache.key(SOURCE, OPTIONS, BUILDS);
        assertEquals(key, CompileCache.key(new SourceFile("fib.runa", "Display 1\n"), OPTIONS, List.copyOf(BUILDS)));
        Set<String> others = Stream.of(
                CompileCache.key(new SourceFile("fib.runa", "Display 2\n"), OPTIONS, BUILDS),
                CompileCache.key(new SourceFile("./fib.runa", "Display 1\n"), OPTIONS, BUILDS), // the path is in debug info
                CompileCache.key(SOURCE, new CompileOptions(2, true, false), BUILDS),
                CompileCache.key(SOURCE, new CompileOptions(1, true, true), BUILDS),
                CompileCache.key(SOURCE, OPTIONS, List.of("org.runavm.compiler 0.1.0 installed 6", BUILDS.get(1))),
                // framed parts: moving text from one part to the next is another key
                CompileCache.key(SOURCE, OPTIONS, List.of("org.runavm.compiler 0.1.0 installed 5org", ".runavm.bytecode 0.1.0 installed 5")))
                .collect(Collectors.toSet());
        assertEquals(6, others.size());
        assertFalse(others.contains(key));
    }

    @Test
    void whatIsStoredIsFoundUnderItsKeyOnly() {
        String key = CompileCache.key(SOURCE, OPTIONS, BUILDS);
        assertTrue(cache().lookup(key).isEmpty());
        cache().store(key, new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, cache().lookup(key).orElseThrow());
        assertTrue(Files.exists(dir.resolve("bytecode").resolve(key + ".runab")));
        assertTrue(cache().lookup(CompileCache.key(new SourceFile("fib.runa", "Display 2\n"), OPTIONS, BUILDS)).isEmpty());
        cache().forget(key);
        assertTrue(cache().lookup(key).isEmpty());
    }

    @Test
    void storingTrimsTheCacheToTheEntriesUsedLast() throws Exception {
        CompileCache cache = cache();
        Path bytecode = dir.resolve("bytecode");
        for (int i = 0; i < CompileCache.KEPT; i++) {
            cache.store("old" + i, new byte[] {(byte) i});
            Files.setLastModifiedTime(bytecode.resolve("old" + i + ".runab"),
                    FileTime.from(Instant.now().minusSeconds(1000 - i))); // old0 used longest ago
        }
        assertTrue(cache.lookup("old0").isPresent()); // a use: old0 is now the most recent
        cache.store("new", new byte[] {9});
        try (Stream<Path> entries = Files.list(bytecode)) {
            assertEquals(CompileCache.KEPT, entries.count());
        }
        assertTrue(Files.exists(bytecode.resolve("old0.runab")));
        assertFalse(Files.exists(bytecode.resolve("old1.runab")), "the entry used longest ago goes");
        assertTrue(Files.exists(bytecode.resolve("new.runab")));
    }

    @Test
    void anUnwritableCacheOnlyCostsTheCompilation() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        CompileCache cache = CompileCache.open(Map.of(), Optional.of(file)).orElseThrow();
        cache.store("k", new byte[] {1});
        assertTrue(cache.lookup("k").isEmpty());
    }

    @Test
    void theEnvironmentTurnsItOffAndNoCacheDirectoryMeansNoCache() {
        assertTrue(CompileCache.open(Map.of("RUNAVM_COMPILE_CACHE", "off"), Optional.of(dir)).isEmpty());
        assertTrue(CompileCache.open(Map.of("RUNAVM_COMPILE_CACHE", " OFF "), Optional.of(dir)).isEmpty());
        assertTrue(CompileCache.open(Map.of(), Optional.empty()).isEmpty());
        assertTrue(CompileCache.open(Map.of("RUNAVM_COMPILE_CACHE", "on"), Optional.of(dir)).isPresent());
    }
}
