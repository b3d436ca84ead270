package org.runavm.stdlib.io.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeError;

/**
 * Path arithmetic that touches no file and so needs no permission: {@code join}, {@code absolute},
 * {@code file_name}, {@code parent}, {@code extension}.
 */
final class PathFunctions {
    private PathFunctions() {
    }

    static void define(ModuleDefinition d) {
        d.function("join", 1, ModuleDefinition.ANY, call -> {
            Path path = path(call.text(0));
            for (int i = 1; i < call.argumentCount(); i++) {
                path = path.resolve(path(call.text(i)));
            }
            call.returnText(path.toString());
        });
        d.function("absolute", 1, 1, call -> call.returnText(FileSystemGuard.resolve(call, "absolute", 0).toString()));
        d.function("file_name", 1, 1, call -> {
            Path name = path(call.text(0)).getFileName();
            call.returnText(name == null ? "" : name.toString());
        });
        d.function("parent", 1, 1, call -> {
            Path parent = path(call.text(0)).getParent();
            if (parent == null) {
                call.returnNull();
            } else {
                call.returnText(parent.toString());
            }
        });
        d.function("extension", 1, 1, call -> {
            Path name = path(call.text(0)).getFileName();
            String s = name == null ? "" : name.toString();
            int dot = s.lastIndexOf('.');
            call.returnText(dot <= 0 ? "" : s.substring(dot + 1)); // ".profile" has no extension
        });
    }

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new NativeError("ValueError", "io: invalid path \"" + text + "\": " + e.getReason());
        }
    }
}
