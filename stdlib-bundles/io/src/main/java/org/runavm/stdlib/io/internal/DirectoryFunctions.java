package org.runavm.stdlib.io.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.security.Permission;

/** {@code list_dir}, {@code make_dir} and {@code delete} (optionally recursive). */
final class DirectoryFunctions {
    private DirectoryFunctions() {
    }

    static void define(ModuleDefinition d) {
        d.function("list_dir", 1, 1, call -> {
            Path dir = FileSystemGuard.readable(call, "list_dir", 0);
            List<String> names = FileFunctions.io("list_dir", dir, () -> {
                try (Stream<Path> entries = Files.list(dir)) {
                    return entries.map(p -> p.getFileName().toString()).sorted().toList();
                }
            });
            call.returnValue(FileFunctions.texts(names));
        });
        d.function("make_dir", 1, 1, call -> {
            Path dir = FileSystemGuard.writable(call, "make_dir", 0);
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw FileErrors.ioError("make_dir", dir, "exists and is not a directory");
            }
            FileFunctions.io("make_dir", dir, () -> Files.createDirectories(dir)); // parents too; fine if it exists
        });
        d.function("delete", 1, 2, DirectoryFunctions::delete);
        d.function("walk", 1, 1, DirectoryFunctions::walk);
    }

    /**
     * {@code walk(path)}: every file and directory below {@code path}, as paths relative to it with
     * {@code /} separators, sorted. Each directory is checked for {@code fs read} before it is listed,
     * so a denied subdirectory stops the walk with {@code SecurityError}; symlinks are listed, not
     * followed.
     */
    private static void walk(NativeCall call) {
        Path root = FileSystemGuard.readable(call, "walk", 0);
        if (!Files.isDirectory(root)) {
            throw Files.exists(root) ? FileErrors.ioError("walk", root, "is not a directory") : FileErrors.notFound("walk", root);
        }
        List<String> found = new ArrayList<>();
        List<Path> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            Path dir = pending.removeLast();
            if (!dir.equals(root)) {
                FileSystemGuard.require(call, Permission.FS_READ, dir);
            }
            List<Path> entries = FileFunctions.io("walk", dir, () -> {
                try (Stream<Path> list = Files.list(dir)) {
                    return list.toList();
                }
            });
            for (Path entry : entries) {
                found.add(root.relativize(entry).toString().replace(java.io.File.separatorChar, '/'));
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    pending.add(entry);
                }
            }
        }
        found.sort(null);
        call.returnValue(FileFunctions.texts(found));
    }

    /**
     * {@code delete(path)} removes a file, a symlink or an empty directory; {@code delete(path, true)}
     * removes a directory tree. The tree is listed and every entry checked for {@code fs write} before
     * the first deletion, so a deny rule deeper in the tree stops the whole call with nothing deleted.
     */
    private static void delete(NativeCall call) {
        Path path = FileSystemGuard.writable(call, "delete", 0);
        boolean recursive = call.argumentCount() > 1 && call.bool(1);
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw FileErrors.notFound("delete", path);
        }
        if (!recursive || !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            FileFunctions.io("delete", path, () -> {
                Files.delete(path);
                return null;
            });
            return;
        }
        List<Path> entries = FileFunctions.io("delete", path, () -> tree(path));
        for (Path entry : entries) {
            FileSystemGuard.require(call, Permission.FS_WRITE, entry);
        }
        for (Path entry : entries.reversed()) { // children before their directory
            FileFunctions.io("delete", entry, () -> {
                Files.delete(entry);
                return null;
            });
        }
    }

    /** The tree under {@code root}, parents before children; symlinks are entries, never followed. */
    private static List<Path> tree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return new ArrayList<>(walk.toList());
        }
    }
}
