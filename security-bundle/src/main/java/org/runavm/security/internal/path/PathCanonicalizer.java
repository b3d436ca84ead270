package org.runavm.security.internal.path;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Turns a path into the canonical form the policy judges: absolute, {@code .} and {@code ..}
 * removed, every symlink resolved, so that a symlink inside an allowed directory pointing outside is
 * judged by its target.
 *
 * <p>Why not {@link Path#toRealPath}: it fails for a path that does not exist yet, and a write to
 * {@code /data/link/new} (link pointing to {@code /etc}) must be judged as {@code /etc/new}. Why not
 * {@code normalize()} first: {@code /data/link/..} is the parent of the link's <em>target</em>, not
 * {@code /data}; removing {@code ..} lexically before resolving symlinks would judge a path the
 * operating system does not open. So this walks the path one component at a time, like POSIX
 * {@code realpath}: existing components are resolved (a symlink's target is spliced into the
 * remaining components), and from the first missing component on the rest is appended lexically (a
 * dangling symlink is still followed, because creating a file through it creates the target).
 */
public final class PathCanonicalizer {

    /** Like Linux's MAXSYMLINKS: more expansions than this is a loop. */
    static final int MAX_LINKS = 40;

    private final Path workingDirectory;

    /** Resolves relative paths against {@code workingDirectory} (which must be absolute). */
    public PathCanonicalizer(Path workingDirectory) {
        if (!workingDirectory.isAbsolute()) {
            throw new IllegalArgumentException("working directory must be absolute: " + workingDirectory);
        }
        this.workingDirectory = workingDirectory;
    }

    /** Resolves relative paths against the process's working directory. */
    public static PathCanonicalizer forWorkingDirectory() {
        return new PathCanonicalizer(Path.of("").toAbsolutePath());
    }

    /** The canonical form of {@code path}. */
    public Path canonicalize(String path) throws UnresolvablePathException {
        if (path.isEmpty()) {
            throw new UnresolvablePathException("empty path");
        }
        try {
            return canonicalize(Path.of(path));
        } catch (InvalidPathException e) {
            throw new UnresolvablePathException("invalid path: " + e.getReason());
        }
    }

    /** The canonical form of {@code path}. */
    public Path canonicalize(Path path) throws UnresolvablePathException {
        Path absolute = workingDirectory.resolve(path);
        Path current = absolute.getRoot();
        Deque<String> remaining = components(absolute);
        List<String> missing = new ArrayList<>();
        int links = 0;
        while (!remaining.isEmpty()) {
            String name = remaining.removeFirst();
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                if (!missing.isEmpty()) {
                    missing.removeLast();
                } else if (current.getParent() != null) {
                    current = current.getParent();
                }
                continue;
            }
            if (!missing.isEmpty()) {
                missing.add(name);
                continue;
            }
            Path candidate = current.resolve(name);
            BasicFileAttributes attributes = attributes(candidate);
            if (attributes == null) {
                missing.add(name);
            } else if (attributes.isSymbolicLink()) {
                if (++links > MAX_LINKS) {
                    throw new UnresolvablePathException("too many levels of symbolic links");
                }
                Path target = readLink(candidate);
                if (target.isAbsolute()) {
                    current = target.getRoot();
                }
                // The link's target replaces the link; what followed the link follows the target.
                Deque<String> spliced = components(target);
                spliced.addAll(remaining);
                remaining = spliced;
            } else {
                current = candidate;
            }
        }
        current = trueSpelling(current);
        for (String name : missing) {
            current = current.resolve(name);
        }
        return current;
    }

    /**
     * The existing part as the file system spells it. On case-insensitive file systems (macOS,
     * Windows) {@code /ETC} opens {@code /etc}, and must be judged as {@code /etc}; with every
     * symlink already resolved this is the identity elsewhere.
     */
    private static Path trueSpelling(Path existing) {
        try {
            return existing.toRealPath();
        } catch (IOException e) {
            // Removed since the walk looked at it: nothing of it is opened through this path now.
            return existing;
        }
    }

    /** One {@code lstat}; null when nothing is there (or it cannot be looked at, as the OS would fail too). */
    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    private static Path readLink(Path link) throws UnresolvablePathException {
        try {
            return Files.readSymbolicLink(link);
        } catch (IOException e) {
            throw new UnresolvablePathException("cannot read symbolic link " + link);
        }
    }

    private static Deque<String> components(Path path) {
        Deque<String> names = new ArrayDeque<>();
        for (Path name : path) {
            names.addLast(name.toString());
        }
        return names;
    }
}
