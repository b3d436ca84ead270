package org.runavm.ffi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runavm.kernel.ffi.ForeignException;

class LibraryResolverTest {
    @Test
    void baseNamesDropTheLibPrefix() {
        assertEquals("z", LibraryResolver.baseName("libz"));
        assertEquals("z", LibraryResolver.baseName("z"));
        assertEquals("lib", LibraryResolver.baseName("lib"));
        assertNull(LibraryResolver.baseName("libz.so.1"), "a file name is used as is");
    }

    @Test
    void theCAndMathLibrariesComeFromTheDefaultLookup() {
        try (Arena arena = Arena.ofConfined()) {
            for (String name : List.of("c", "libc", "m", "libm")) {
                assertTrue(LibraryResolver.resolve(name, arena).find("strlen").isPresent(), name);
            }
            assertTrue(LibraryResolver.resolve("libm", arena).find("sqrt").isPresent());
        }
    }

    @Test
    void bareNamesTryThePlatformFileNameFirst() {
        assertEquals(System.mapLibraryName("z"), LibraryResolver.candidates("z").getFirst());
    }

    @Test
    void versionedFilesAreFoundShortestFirst(@TempDir Path directory) throws IOException {
        for (String file : List.of("libfoo.so.1.2.3", "libfoo.so.1", "libfoo.so", "libfoobar.so.1", "libfoo.so.x")) {
            Files.createFile(directory.resolve(file));
        }
        assertEquals(List.of(directory.resolve("libfoo.so.1").toString(), directory.resolve("libfoo.so.1.2.3").toString()),
                LibraryResolver.versionedFiles("foo", List.of(directory, directory.resolve("missing"))));
    }

    @Test
    void anEmptyNameIsRefused() {
        try (Arena arena = Arena.ofConfined()) {
            assertEquals("a native library needs a name",
                    assertThrows(ForeignException.class, () -> LibraryResolver.resolve(" ", arena)).getMessage());
        }
    }
}
