package org.runavm.stdlib.io.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.runavm.kernel.module.NativeError;

/** Java I/O failures as Runa errors whose message names the operation and the path. */
final class FileErrors {
    private FileErrors() {
    }

    static NativeError of(String function, Path path, IOException e) {
        String where = e instanceof FileSystemException fse && fse.getFile() != null ? fse.getFile() : path.toString();
        String prefix = "io." + function + ": ";
        return switch (e) {
            case NoSuchFileException n -> new NativeError("FileNotFoundError", prefix + "no such file or directory: " + where);
            case AccessDeniedException a -> new NativeError("IOError", prefix + "access denied by the operating system: " + where);
            case DirectoryNotEmptyException d -> new NativeError("IOError", prefix + "directory not empty: " + where);
            case FileAlreadyExistsException f -> new NativeError("IOError", prefix + "already exists: " + where);
            case NotDirectoryException n -> new NativeError("IOError", prefix + "not a directory: " + where);
            case FileSystemException f -> new NativeError("IOError", prefix + where + ": "
                    + (f.getReason() != null ? f.getReason() : f.getClass().getSimpleName()));
            default -> new NativeError("IOError", prefix + where + ": "
                    + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
        };
    }

    static NativeError notFound(String function, Path path) {
        return new NativeError("FileNotFoundError", "io." + function + ": no such file or directory: " + path);
    }

    static NativeError ioError(String function, Path path, String problem) {
        return new NativeError("IOError", "io." + function + ": " + path + " " + problem);
    }
}
