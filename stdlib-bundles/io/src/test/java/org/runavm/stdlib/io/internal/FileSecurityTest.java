package org.runavm.stdlib.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runavm.kernel.security.AccessRequest;
import org.runavm.kernel.security.Permission;
import org.runavm.stdlib.testkit.ModuleHarness;
import org.runavm.stdlib.testkit.TestEnvironment;

/** Every file operation is checked on the resolved path before it happens; a denial changes nothing. */
class FileSecurityTest {
    @TempDir
    Path dir;
    private Path data;
    private ModuleHarness io;

    @BeforeEach
    void bind() throws IOException {
        data = Files.createDirectory(dir.resolve("data"));
        Files.writeString(data.resolve("in.txt"), "secret");
        io = TestEnvironment.sandboxed().withWorkingDirectory(dir)
                .allow(Permission.FS_READ, data.toString())
                .bind(new IoModule());
    }

    @Test
    void readsAreCheckedOnTheAbsolutePath() {
        assertEquals("secret", io.call("read_text", "data/in.txt"));
        assertEquals(new AccessRequest(Permission.FS_READ, data.resolve("in.txt").toString()),
                io.environment().security().requests().getLast());
        assertEquals("fs read denied: " + dir.resolve("other.txt"), io.denied("read_text", "data/../other.txt"));
        io.denied("exists", "elsewhere");
        io.denied("list_dir", ".");
    }

    @Test
    void deniedWritesHaveNoSideEffect() throws IOException {
        assertEquals("fs write denied: " + data.resolve("in.txt"), io.denied("write_text", "data/in.txt", "x"));
        io.denied("append_text", "data/in.txt", "x");
        io.denied("delete", "data/in.txt");
        io.denied("move", "data/in.txt", "data/out.txt");
        io.denied("copy", "data/in.txt", "data/copy.txt");
        io.denied("make_dir", "data/new");
        assertEquals("secret", Files.readString(data.resolve("in.txt")));
        assertFalse(Files.exists(data.resolve("copy.txt")));
        assertFalse(Files.exists(data.resolve("new")));
    }

    @Test
    void recursiveDeleteChecksEveryEntryFirst() throws IOException {
        Path tree = Files.createDirectories(dir.resolve("tree/locked"));
        Files.writeString(dir.resolve("tree/a.txt"), "a");
        Files.writeString(tree.resolve("b.txt"), "b");
        ModuleHarness guarded = TestEnvironment.sandboxed().withWorkingDirectory(dir)
                .allow(Permission.FS_WRITE, dir.resolve("tree").toString())
                .deny(Permission.FS_WRITE, tree.toString())
                .bind(new IoModule());
        assertEquals("fs write denied: " + tree, guarded.denied("delete", "tree", true));
        assertTrue(Files.exists(dir.resolve("tree/a.txt")));
        assertTrue(Files.exists(tree.resolve("b.txt")));
    }

    @Test
    void pathArithmeticNeedsNoPermission() {
        assertEquals(dir.resolve("x/y").toString(), io.call("absolute", "x/./y"));
        assertEquals("a/b/c.txt", io.call("join", "a", "b", "c.txt"));
        assertEquals("/etc", io.call("join", "a", "/etc"));
        assertEquals("c.txt", io.call("file_name", "a/b/c.txt"));
        assertEquals("a/b", io.call("parent", "a/b/c.txt"));
        assertEquals(null, io.call("parent", "c.txt"));
        assertEquals("gz", io.call("extension", "x.tar.gz"));
        assertEquals("", io.call("extension", ".profile"));
        assertTrue(io.environment().security().requests().isEmpty());
    }
}
