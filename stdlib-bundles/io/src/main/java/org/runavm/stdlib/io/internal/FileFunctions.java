package org.runavm.stdlib.io.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;

/**
 * Whole-file reads and writes (Text is UTF-8, strictly decoded), file queries, {@code copy} and
 * {@code move}. Writes create or truncate the file but not missing parent directories.
 */
final class FileFunctions {
    /** An I/O action on a checked path. */
    @FunctionalInterface
    interface IoAction<T> {
        T run() throws IOException;
    }

    private FileFunctions() {
    }

    static void define(ModuleDefinition d) {
        d.function("read_text", 1, 1, call -> {
            Path path = FileSystemGuard.readable(call, "read_text", 0);
            call.returnText(Utf8.decode("read_text", path, io("read_text", path, () -> Files.readAllBytes(path))));
        });
        d.function("read_lines", 1, 1, call -> {
            Path path = FileSystemGuard.readable(call, "read_lines", 0);
            String text = Utf8.decode("read_lines", path, io("read_lines", path, () -> Files.readAllBytes(path)));
            call.returnValue(new ArrayList<Object>(text.lines().toList()));
        });
        d.function("read_bytes", 1, 1, call -> {
            Path path = FileSystemGuard.readable(call, "read_bytes", 0);
            call.returnValue(io("read_bytes", path, () -> Files.readAllBytes(path)));
        });
        d.function("write_text", 2, 2, call -> write(call, "write_text", Utf8.encode("write_text", call.text(1)), false));
        d.function("append_text", 2, 2, call -> write(call, "append_text", Utf8.encode("append_text", call.text(1)), true));
        d.function("write_bytes", 2, 2, call -> write(call, "write_bytes", bytes(call, "write_bytes", 1), false));
        d.function("exists", 1, 1, call -> {
            Path path = FileSystemGuard.readable(call, "exists", 0);
            call.returnBoolean(Files.exists(path));
        });
        d.function("is_dir", 1, 1, call -> call.returnBoolean(Files.isDirectory(FileSystemGuard.readable(call, "is_dir", 0))));
        d.function("is_file", 1, 1, call -> call.returnBoolean(Files.isRegularFile(FileSystemGuard.readable(call, "is_file", 0))));
        d.function("size", 1, 1, call -> {
            Path path = FileSystemGuard.readable(call, "size", 0);
            call.returnInteger(io("size", path, () -> Files.size(path)));
        });
        d.function("modified_ms", 1, 1, call -> {
            Path path = FileSystemGuard.readable(call, "modified_ms", 0);
            call.returnInteger(io("modified_ms", path, () -> Files.getLastModifiedTime(path).toMillis()));
        });
        d.function("copy", 2, 2, FileFunctions::copy);
        d.function("move", 2, 2, call -> {
            Path from = FileSystemGuard.writable(call, "move", 0); // the source disappears: that is a write
            Path to = FileSystemGuard.writable(call, "move", 1);
            io("move", from, () -> Files.move(from, to, StandardCopyOption.REPLACE_EXISTING));
        });
    }

    private static void write(NativeCall call, String function, byte[] data, boolean append) {
        Path path = FileSystemGuard.writable(call, function, 0);
        if (Files.isDirectory(path)) {
            throw FileErrors.ioError(function, path, "is a directory");
        }
        io(function, path, () -> append
                ? Files.write(path, data, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                : Files.write(path, data));
    }

    private static void copy(NativeCall call) {
        Path from = FileSystemGuard.readable(call, "copy", 0);
        Path to = FileSystemGuard.writable(call, "copy", 1);
        if (Files.isDirectory(from)) {
            throw FileErrors.ioError("copy", from, "is a directory (copy copies files)");
        }
        if (Files.isDirectory(to)) {
            throw FileErrors.ioError("copy", to, "is a directory; give the target file's path");
        }
        io("copy", from, () -> Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING));
    }

    static byte[] bytes(NativeCall call, String function, int index) {
        if (call.argument(index) instanceof byte[] b) {
            return b;
        }
        throw new NativeError("TypeError", "io." + function + " expects Bytes, not " + call.typeName(index));
    }

    static <T> T io(String function, Path path, IoAction<T> action) {
        try {
            return action.run();
        } catch (IOException e) {
            throw FileErrors.of(function, path, e);
        }
    }

    /** A List of Text, for results. */
    static List<Object> texts(List<String> items) {
        return new ArrayList<>(items);
    }
}
