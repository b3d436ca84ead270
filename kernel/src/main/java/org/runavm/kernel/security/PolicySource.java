package org.runavm.kernel.security;

import java.nio.file.Path;
import java.util.Objects;

/** Where a JSON policy document comes from: a file, or text an embedder already holds. */
public sealed interface PolicySource {

    /** The name messages use for this source, e.g. the file name as given. */
    String name();

    /** A policy file; it is read when the policy is created. */
    record File(Path path) implements PolicySource {
        public File {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String name() {
            return path.toString();
        }
    }

    /** A policy document held in memory; {@code name} stands for it in messages. */
    record Text(String name, String json) implements PolicySource {
        public Text {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(json, "json");
        }
    }

    /** The policy file at {@code path}. */
    static PolicySource file(Path path) {
        return new File(path);
    }

    /** A policy document called {@code name} with content {@code json}. */
    static PolicySource text(String name, String json) {
        return new Text(name, json);
    }
}
