package org.runavm.stdlib.io.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runavm.stdlib.testkit.ModuleHarness;
import org.runavm.stdlib.testkit.TestEnvironment;

class FileFunctionsTest {
    @TempDir
    Path dir;
    private ModuleHarness io;

    @BeforeEach
    void bind() {
        io = TestEnvironment.unrestricted().withWorkingDirectory(dir).bind(new IoModule());
    }

    @Test
    void textRoundTripRelativeToTheWorkingDirectory() throws IOException {
        io.call("write_text", "a.txt", "h\u00e9llo\n");
        io.call("append_text", "a.txt", "second\r\nthird");
        assertEquals("h\u00e9llo\nsecond\r\nthird", Files.readString(dir.resolve("a.txt")));
        assertEquals("h\u00e9llo\nsecond\r\nthird", io.call("read_text", "a.txt"));
        assertEquals(List.of("h\u00e9llo", "second", "third"), io.call("read_lines", dir.resolve("a.txt").toString()));
        assertEquals(20L, io.call("size", "a.txt"));
    }

    @Test
    void bytes() throws IOException {
        byte[] data = {0, (byte) 0xFF, 7};
        io.call("write_bytes", "b.bin", data);
        assertArrayEquals(data, Files.readAllBytes(dir.resolve("b.bin")));
        assertArrayEquals(data, (byte[]) io.call("read_bytes", "b.bin"));
        assertEquals("io.read_text: " + dir.resolve("b.bin") + " is not valid UTF-8 (byte 1); use read_bytes",
                io.raises("ValueError", "read_text", "b.bin"));
        io.raises("TypeError", "write_bytes", "c.bin", "text");
    }

    @Test
    void missingFilesAreFileNotFoundErrors() {
        assertEquals("io.read_text: no such file or directory: " + dir.resolve("nope.txt"),
                io.raises("FileNotFoundError", "read_text", "nope.txt"));
        io.raises("FileNotFoundError", "size", "nope.txt");
        io.raises("FileNotFoundError", "write_text", "no/such/dir/x.txt", "x");
        io.raises("FileNotFoundError", "copy", "nope.txt", "other.txt");
    }

    @Test
    void queries() throws IOException {
        Files.createDirectory(dir.resolve("sub"));
        Files.writeString(dir.resolve("f"), "x");
        assertEquals(true, io.call("exists", "f"));
        assertEquals(false, io.call("exists", "g"));
        assertEquals(true, io.call("is_dir", "sub"));
        assertEquals(false, io.call("is_dir", "f"));
        assertEquals(true, io.call("is_file", "f"));
        Files.setLastModifiedTime(dir.resolve("f"), java.nio.file.attribute.FileTime.fromMillis(1_700_000_000_000L));
        assertEquals(1_700_000_000_000L, io.call("modified_ms", "f"));
        io.raises("FileNotFoundError", "modified_ms", "g");
    }

    @Test
    void copyAndMoveReplaceTheTarget() throws IOException {
        Files.writeString(dir.resolve("from"), "new");
        Files.writeString(dir.resolve("to"), "old");
        io.call("copy", "from", "to");
        assertEquals("new", Files.readString(dir.resolve("to")));
        assertTrue(Files.exists(dir.resolve("from")));
        io.call("move", "from", "moved");
        assertFalse(Files.exists(dir.resolve("from")));
        assertEquals("new", Files.readString(dir.resolve("moved")));
        Files.createDirectory(dir.resolve("d"));
        io.raises("IOError", "copy", "moved", "d");
        io.raises("IOError", "write_text", "d", "x");
    }

    @Test
    void writeMakesNoPartialText() {
        io.raises("ValueError", "write_text", "s.txt", "bad \uD800");
        assertFalse(Files.exists(dir.resolve("s.txt")));
        assertEquals("x", new String("x".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    @Test
    void invalidPathIsAValueError() {
        io.raises("ValueError", "read_text", "bad\0name");
    }
}
