package org.runavm.security.internal.rule;

import java.nio.file.Path;
import org.runavm.kernel.security.Permission;
import org.runavm.security.internal.path.PathCanonicalizer;
import org.runavm.security.internal.path.UnresolvablePathException;

/**
 * Parses the scope text of a rule for a permission: a path for the file system, {@code HOST[:PORTS]}
 * for the network, a name or {@code prefix*} otherwise (a program or library given with a
 * {@code /} is a path). Flags, policy files and run-time rules all go through here, so the three
 * agree on the syntax. Rule paths are canonicalized like request paths, so a grant of a directory
 * reached through a symlink covers what the program opens through the same link.
 */
public final class ScopeParser {

    private final PathCanonicalizer canonicalizer;

    public ScopeParser(PathCanonicalizer canonicalizer) {
        this.canonicalizer = canonicalizer;
    }

    /** The scope {@code text} describes for {@code permission}; empty text covers everything. */
    public Scope parse(Permission permission, String text) throws InvalidScopeException {
        return parse(permission, text, canonicalizer);
    }

    /** Like {@link #parse(Permission, String)}, resolving relative paths with {@code paths}. */
    public Scope parse(Permission permission, String text, PathCanonicalizer paths) throws InvalidScopeException {
        if (text.isEmpty()) {
            return new AnyScope();
        }
        if (permission.isFileSystem() || (namedByPath(permission) && text.indexOf('/') >= 0)) {
            return new PathScope(path(text, paths));
        }
        if (permission.isNetwork()) {
            return EndpointParser.scope(text);
        }
        if (text.equals("*")) {
            // "every name" is the whole permission, exactly as specific as an empty scope.
            return new AnyScope();
        }
        return name(text);
    }

    /** Programs and libraries may be named by path; such a scope covers a directory tree. */
    static boolean namedByPath(Permission permission) {
        return permission == Permission.PROCESS || permission == Permission.FFI || permission == Permission.DEVICE;
    }

    private static Path path(String text, PathCanonicalizer paths) throws InvalidScopeException {
        try {
            return paths.canonicalize(text);
        } catch (UnresolvablePathException e) {
            throw new InvalidScopeException("path '" + text + "': " + e.getMessage());
        }
    }

    private static NameScope name(String text) throws InvalidScopeException {
        boolean prefix = text.endsWith("*");
        String name = prefix ? text.substring(0, text.length() - 1) : text;
        if (name.indexOf('*') >= 0) {
            throw new InvalidScopeException("'" + text + "': '*' may only end a name");
        }
        if (name.isBlank() && !prefix) {
            throw new InvalidScopeException("empty name");
        }
        if (!name.strip().equals(name)) {
            throw new InvalidScopeException("'" + text + "': a name may not start or end with spaces");
        }
        return new NameScope(name, prefix);
    }
}
