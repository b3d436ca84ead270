package org.runavm.security.internal.rule;

import java.nio.file.Path;

/**
 * A canonical directory or file and everything below it. Matching is by whole path components, so
 * {@code /data} covers {@code /data/x} but not {@code /database}; a deeper path is more specific.
 */
public record PathScope(Path path) implements Scope {

    @Override
    public long specificity(Subject subject) {
        if (subject instanceof Subject.PathSubject(Path target) && target.startsWith(path)) {
            return 1 + path.getNameCount();
        }
        return NO_MATCH;
    }
}
