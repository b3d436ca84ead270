package org.runavm.kernel.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A feature switched on by a flag that may name a file, like {@code --profile-gen[=FILE]}: off, on with
 * the tool's default file, or on with the given file.
 *
 * @param enabled whether the flag was given
 * @param file    the file it named; empty when it named none (the tool picks its default)
 */
public record FileSwitch(boolean enabled, Optional<Path> file) {
    /** The flag was not given. */
    public static final FileSwitch OFF = new FileSwitch(false, Optional.empty());
    /** The flag was given without a file. */
    public static final FileSwitch ON = new FileSwitch(true, Optional.empty());

    public FileSwitch {
        Objects.requireNonNull(file, "file");
        if (!enabled && file.isPresent()) {
            throw new IllegalArgumentException("a switched-off feature has no file");
        }
    }

    /** On, writing to or reading from {@code file}. */
    public static FileSwitch of(Path file) {
        return new FileSwitch(true, Optional.of(file));
    }
}
