package org.runavm.stdlib.io.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;
import org.runavm.kernel.security.Permission;

/**
 * Turns a program's path argument into the absolute, normalised path the operation acts on, after
 * the security policy has allowed it. The policy judges the canonical form (symlinks resolved); the
 * operation acts on the path as resolved here, so that deleting or moving a symlink affects the link,
 * not its target, as in every standard library.
 */
final class FileSystemGuard {
    private FileSystemGuard() {
    }

    /** Argument {@code index} resolved against the working directory, not yet checked. */
    static Path resolve(NativeCall call, String function, int index) {
        String given = call.text(index);
        try {
            return call.environment().workingDirectory().resolve(given).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new NativeError("ValueError", "io." + function + ": invalid path \"" + given + "\": " + e.getReason());
        }
    }

    /** Argument {@code index} resolved, after {@code fs read} on it was allowed. */
    static Path readable(NativeCall call, String function, int index) {
        Path path = resolve(call, function, index);
        require(call, Permission.FS_READ, path);
        return path;
    }

    /** Argument {@code index} resolved, after {@code fs write} on it was allowed. */
    static Path writable(NativeCall call, String function, int index) {
        Path path = resolve(call, function, index);
        require(call, Permission.FS_WRITE, path);
        return path;
    }

    static void require(NativeCall call, Permission permission, Path path) {
        call.environment().security().require(permission, path.toString());
    }
}
