package org.runavm.security.internal.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathCanonicalizerTest {

    @TempDir
    Path temp;

    Path root;
    Path data;
    Path secret;
    PathCanonicalizer canonicalizer;

    @BeforeEach
    void layout() throws IOException {
        root = temp.toRealPath();
        data = Files.createDirectories(root.resolve("data"));
        secret = Files.createDirectories(root.resolve("secret"));
        Files.writeString(secret.resolve("key.txt"), "s3cret");
        Files.writeString(data.resolve("public.txt"), "hello");
        canonicalizer = new PathCanonicalizer(data);
    }

    @Test
    void existingAbsolutePathIsUnchanged() throws Exception {
        assertEquals(data.resolve("public.txt"), canonicalizer.canonicalize(data.resolve("public.txt").toString()));
    }

    @Test
    void relativePathIsResolvedAgainstTheWorkingDirectory() throws Exception {
        assertEquals(data.resolve("public.txt"), canonicalizer.canonicalize("public.txt"));
        assertEquals(data.resolve("sub/new.txt"), canonicalizer.canonicalize("./sub/./new.txt"));
    }

    @Test
    void dotDotIsRemoved() throws Exception {
        assertEquals(secret.resolve("key.txt"), canonicalizer.canonicalize(data + "/../secret/key.txt"));
        assertEquals(secret.resolve("key.txt"), canonicalizer.canonicalize("../secret/key.txt"));
    }

    @Test
    void dotDotCannotClimbAboveTheRoot() throws Exception {
        assertEquals(Path.of("/etc/passwd"), canonicalizer.canonicalize("/../../../etc/passwd"));
    }

    @Test
    void symlinkInsideAllowedDirectoryIsJudgedByItsTarget() throws Exception {
        Files.createSymbolicLink(data.resolve("escape"), secret);
        assertEquals(secret.resolve("key.txt"), canonicalizer.canonicalize(data + "/escape/key.txt"));
    }

    @Test
    void relativeSymlinkTargetIsResolvedFromTheLinksDirectory() throws Exception {
        Files.createSymbolicLink(data.resolve("up"), Path.of("../secret/key.txt"));
        assertEquals(secret.resolve("key.txt"), canonicalizer.canonicalize("up"));
    }

    @Test
    void dotDotAfterASymlinkLeavesTheTargetNotTheLink() throws Exception {
        Path deep = Files.createDirectories(secret.resolve("inner"));
        Files.createSymbolicLink(data.resolve("link"), deep);
        // The OS opens secret/inner/../key.txt = secret/key.txt, not data/key.txt.
        assertEquals(secret.resolve("key.txt"), canonicalizer.canonicalize(data + "/link/../key.txt"));
    }

    @Test
    void missingFileBelowASymlinkedDirectoryKeepsTheResolvedAncestor() throws Exception {
        Files.createSymbolicLink(data.resolve("escape"), secret);
        assertEquals(secret.resolve("new/dir/file.txt"), canonicalizer.canonicalize(data + "/escape/new/dir/file.txt"));
    }

    @Test
    void danglingSymlinkIsFollowedBecauseWritingThroughItCreatesTheTarget() throws Exception {
        Files.createSymbolicLink(data.resolve("trap"), secret.resolve("planted.txt"));
        assertFalse(Files.exists(secret.resolve("planted.txt")));
        assertEquals(secret.resolve("planted.txt"), canonicalizer.canonicalize(data + "/trap"));
    }

    @Test
    void dotDotThroughAMissingDirectoryPopsItLexically() throws Exception {
        assertEquals(secret.resolve("key.txt"), canonicalizer.canonicalize(data + "/nope/../../secret/key.txt"));
    }

    @Test
    void dotDotBackIntoExistingTerritoryStillResolvesSymlinks() throws Exception {
        Files.createSymbolicLink(data.resolve("escape"), secret);
        assertEquals(secret.resolve("key.txt"), canonicalizer.canonicalize(data + "/nope/../escape/key.txt"));
    }

    @Test
    void chainOfSymlinksIsFollowedToTheEnd() throws Exception {
        Files.createSymbolicLink(root.resolve("hop2"), secret);
        Files.createSymbolicLink(data.resolve("hop1"), root.resolve("hop2"));
        assertEquals(secret.resolve("key.txt"), canonicalizer.canonicalize("hop1/key.txt"));
    }

    @Test
    void symlinkLoopIsRejected() throws Exception {
        Files.createSymbolicLink(data.resolve("a"), data.resolve("b"));
        Files.createSymbolicLink(data.resolve("b"), data.resolve("a"));
        UnresolvablePathException e = assertThrows(UnresolvablePathException.class,
                () -> canonicalizer.canonicalize("a/x"));
        assertEquals("too many levels of symbolic links", e.getMessage());
    }

    @Test
    void emptyAndMalformedPathsAreRejected() {
        assertEquals("empty path",
                assertThrows(UnresolvablePathException.class, () -> canonicalizer.canonicalize("")).getMessage());
        assertTrue(assertThrows(UnresolvablePathException.class, () -> canonicalizer.canonicalize("a\0b"))
                .getMessage().startsWith("invalid path"));
    }

    @Test
    void workingDirectoryMustBeAbsolute() {
        assertThrows(IllegalArgumentException.class, () -> new PathCanonicalizer(Path.of("relative")));
    }
}
