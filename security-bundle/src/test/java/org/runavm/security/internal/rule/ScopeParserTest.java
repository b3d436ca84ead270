package org.runavm.security.internal.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runavm.kernel.security.AccessRequest;
import org.runavm.kernel.security.Permission;
import org.runavm.security.internal.path.PathCanonicalizer;

class ScopeParserTest {

    @TempDir
    Path temp;

    Path root;
    ScopeParser parser;
    SubjectResolver resolver;

    @BeforeEach
    void setUp() throws IOException {
        root = temp.toRealPath();
        PathCanonicalizer paths = new PathCanonicalizer(root);
        parser = new ScopeParser(paths);
        resolver = new SubjectResolver(paths);
    }

    @Test
    void emptyScopeCoversEverything() throws Exception {
        for (Permission p : Permission.values()) {
            assertEquals(new AnyScope(), parser.parse(p, ""));
        }
    }

    @Test
    void fileSystemScopesAreCanonicalPaths() throws Exception {
        assertEquals(new PathScope(root.resolve("data")), parser.parse(Permission.FS_READ, "data"));
        assertEquals(new PathScope(root.resolve("data")), parser.parse(Permission.FS_WRITE, "x/../data/."));
    }

    @Test
    void ruleThroughASymlinkCoversWhatTheLinkReaches() throws Exception {
        Path real = Files.createDirectories(root.resolve("real"));
        Files.createSymbolicLink(root.resolve("alias"), real);
        assertEquals(new PathScope(real), parser.parse(Permission.FS_READ, root.resolve("alias").toString()));
    }

    @Test
    void networkScopes() throws Exception {
        assertEquals(new EndpointScope("localhost", 8080, 8080), parser.parse(Permission.NET_CONNECT, "localhost:8080"));
        assertEquals(new EndpointScope("*.example.com", -1, -1), parser.parse(Permission.NET_LISTEN, "*.example.com"));
    }

    @Test
    void namesAndPrefixes() throws Exception {
        assertEquals(new NameScope("HOME", false), parser.parse(Permission.ENV, "HOME"));
        assertEquals(new NameScope("AWS_", true), parser.parse(Permission.ENV, "AWS_*"));
        assertEquals(new NameScope("git", false), parser.parse(Permission.PROCESS, "git"));
        assertEquals(new NameScope("hostname", false), parser.parse(Permission.SYS, "hostname"));
    }

    @Test
    void aLoneStarIsTheWholePermission() throws Exception {
        assertEquals(new AnyScope(), parser.parse(Permission.ENV, "*"));
        assertEquals(new AnyScope(), parser.parse(Permission.PROCESS, "*"));
        assertEquals(0, parser.parse(Permission.NET_CONNECT, "*").specificity(new Subject.Endpoint("a", 1)));
    }

    @Test
    void programsAndLibrariesNamedByPathArePathScopes() throws Exception {
        assertEquals(new PathScope(Path.of("/usr/bin")), parser.parse(Permission.PROCESS, "/usr/bin/../bin"));
        assertEquals(new PathScope(Path.of("/opt/lib/libz.so")), parser.parse(Permission.FFI, "/opt/lib/libz.so"));
        assertEquals(new Subject.PathSubject(Path.of("/usr/bin/git")),
                resolver.resolve(AccessRequest.of(Permission.PROCESS, "/usr/bin/./git")));
        assertEquals(new Subject.Name("git"), resolver.resolve(AccessRequest.of(Permission.PROCESS, "git")));
    }

    @Test
    void invalidNames() {
        assertEquals("'A*B': '*' may only end a name",
                assertThrows(InvalidScopeException.class, () -> parser.parse(Permission.ENV, "A*B")).getMessage());
        assertEquals("empty name",
                assertThrows(InvalidScopeException.class, () -> parser.parse(Permission.ENV, " ")).getMessage());
        assertEquals("' HOME': a name may not start or end with spaces",
                assertThrows(InvalidScopeException.class, () -> parser.parse(Permission.ENV, " HOME")).getMessage());
    }

    @Test
    void invalidPath() {
        assertEquals("path 'a\0b': invalid path: Nul character not allowed",
                assertThrows(InvalidScopeException.class, () -> parser.parse(Permission.FS_READ, "a\0b")).getMessage());
    }

    @Test
    void resolverParsesNetworkTargets() throws Exception {
        assertEquals(new Subject.Endpoint("localhost", 8080),
                resolver.resolve(AccessRequest.of(Permission.NET_CONNECT, "LocalHost:8080")));
        assertThrows(InvalidScopeException.class,
                () -> resolver.resolve(AccessRequest.of(Permission.NET_CONNECT, "localhost:http")));
    }
}
