package org.runavm.security.internal.rule;

/**
 * A name ({@code HOME}, {@code git}, {@code os}) or a name prefix written with a trailing {@code *}
 * ({@code AWS_*}). An exact name is more specific than any prefix; a longer prefix more than a
 * shorter one. Names are case-sensitive, like environment variables on POSIX systems.
 *
 * @param name   the name, or the prefix without its {@code *}
 * @param prefix whether {@code name} is a prefix
 */
public record NameScope(String name, boolean prefix) implements Scope {

    @Override
    public long specificity(Subject subject) {
        if (!(subject instanceof Subject.Name(String target))) {
            return NO_MATCH;
        }
        if (prefix) {
            return target.startsWith(name) ? 1 + name.length() : NO_MATCH;
        }
        return target.equals(name) ? Integer.MAX_VALUE : NO_MATCH;
    }
}
