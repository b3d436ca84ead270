package org.runavm.stdlib.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runavm.stdlib.testkit.ModuleHarness;
import org.runavm.stdlib.testkit.TestEnvironment;

class DirectoryFunctionsTest {
    @TempDir
    Path dir;
    private ModuleHarness io;

    @BeforeEach
    void bind() {
        io = TestEnvironment.unrestricted().withWorkingDirectory(dir).bind(new IoModule());
    }

    @Test
    void makeDirCreatesParentsAndListDirIsSorted() throws IOException {
        io.call("make_dir", "a/b");
        io.call("make_dir", "a/b"); // already there: fine
        Files.writeString(dir.resolve("a/z.txt"), "");
        Files.writeString(dir.resolve("a/c.txt"), "");
        assertEquals(List.of("b", "c.txt", "z.txt"), io.call("list_dir", "a"));
        assertEquals("io.make_dir: " + dir.resolve("a/c.txt") + " exists and is not a directory",
                io.raises("IOError", "make_dir", "a/c.txt"));
        io.raises("FileNotFoundError", "list_dir", "missing");
    }

    @Test
    void walkListsTheTreeRelativeAndSorted() throws IOException {
        Files.createDirectories(dir.resolve("w/b/c"));
        Files.writeString(dir.resolve("w/a.txt"), "");
        Files.writeString(dir.resolve("w/b/c/d.txt"), "");
        Files.createSymbolicLink(dir.resolve("w/link"), dir);
        assertEquals(List.of("a.txt", "b", "b/c", "b/c/d.txt", "link"), io.call("walk", "w"));
        io.raises("IOError", "walk", "w/a.txt");
        io.raises("FileNotFoundError", "walk", "nothing");
    }

    @Test
    void walkChecksEveryDirectory() throws IOException {
        Files.createDirectories(dir.resolve("w/secret"));
        ModuleHarness guarded = TestEnvironment.sandboxed().withWorkingDirectory(dir)
                .allow(org.runavm.kernel.security.Permission.FS_READ, dir.toString())
                .deny(org.runavm.kernel.security.Permission.FS_READ, dir.resolve("w/secret").toString())
                .bind(new IoModule());
        assertEquals("fs read denied: " + dir.resolve("w/secret"), guarded.denied("walk", "w"));
    }

    @Test
    void deleteRemovesFilesAndEmptyDirectoriesOnly() throws IOException {
        Files.createDirectories(dir.resolve("full/inner"));
        Files.writeString(dir.resolve("f"), "");
        io.call("delete", "f");
        assertFalse(Files.exists(dir.resolve("f")));
        assertEquals("io.delete: directory not empty: " + dir.resolve("full"), io.raises("IOError", "delete", "full"));
        io.raises("FileNotFoundError", "delete", "f");
    }

    @Test
    void recursiveDeleteRemovesTheTreeButNotLinkTargets() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "keep");
        Files.createDirectories(dir.resolve("tree/a/b"));
        Files.writeString(dir.resolve("tree/a/b/f.txt"), "x");
        Files.createSymbolicLink(dir.resolve("tree/link"), outside);
        io.call("delete", "tree", true);
        assertFalse(Files.exists(dir.resolve("tree")));
        assertTrue(Files.exists(outside.resolve("keep.txt")));
    }
}
