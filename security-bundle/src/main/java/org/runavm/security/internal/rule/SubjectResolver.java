package org.runavm.security.internal.rule;

import org.runavm.kernel.security.AccessRequest;
import org.runavm.kernel.security.Permission;
import org.runavm.security.internal.path.PathCanonicalizer;
import org.runavm.security.internal.path.UnresolvablePathException;

/**
 * Turns a request's target into the {@link Subject} rules match: file system paths (and programs,
 * libraries and devices named by path) are canonicalized, network targets parsed into host and port,
 * everything else is a name.
 */
public final class SubjectResolver {

    private final PathCanonicalizer canonicalizer;

    public SubjectResolver(PathCanonicalizer canonicalizer) {
        this.canonicalizer = canonicalizer;
    }

    /**
     * The subject of {@code request}.
     *
     * @throws InvalidScopeException when the target cannot be judged (malformed, symlink loop)
     */
    public Subject resolve(AccessRequest request) throws InvalidScopeException {
        Permission permission = request.permission();
        String target = request.target();
        if (permission.isFileSystem() || (ScopeParser.namedByPath(permission) && target.indexOf('/') >= 0)) {
            try {
                return new Subject.PathSubject(canonicalizer.canonicalize(target));
            } catch (UnresolvablePathException e) {
                throw new InvalidScopeException(e.getMessage());
            }
        }
        if (permission.isNetwork()) {
            return EndpointParser.endpoint(target);
        }
        return new Subject.Name(target);
    }
}
