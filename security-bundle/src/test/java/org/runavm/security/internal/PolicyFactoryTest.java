package org.runavm.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runavm.kernel.security.AccessRequest;
import org.runavm.kernel.security.Decision;
import org.runavm.kernel.security.Permission;
import org.runavm.kernel.security.PolicyException;
import org.runavm.kernel.security.PolicySource;
import org.runavm.kernel.security.ResourceLimits;
import org.runavm.kernel.security.SandboxSettings;
import org.runavm.kernel.security.SecurityPolicy;
import org.runavm.kernel.security.SecurityViolation;
import org.runavm.security.internal.file.SeedExample;
import org.runavm.security.internal.path.PathCanonicalizer;

/** Building policies from settings, and the decisions they make: modes, defaults, specificity, paths. */
class PolicyFactoryTest {

    static final String SEED_EXAMPLE = SeedExample.text();

    @TempDir
    Path temp;

    Path root;
    PolicyFactory factory;

    @BeforeEach
    void setUp() throws IOException {
        root = temp.toRealPath();
        factory = new PolicyFactory(new PathCanonicalizer(root),
                Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));
    }

    private static Decision check(SecurityPolicy policy, Permission permission, String target) {
        return policy.check(AccessRequest.of(permission, target));
    }

    // ---- modes ----

    @Test
    void withoutSandboxEverythingIsAllowed() throws Exception {
        SecurityPolicy policy = factory.create(SandboxSettings.unrestricted());
        assertFalse(policy.sandboxed());
        for (Permission p : Permission.values()) {
            Decision d = check(policy, p, p.isNetwork() ? "example.com:80" : "x");
            assertTrue(d.allowed(), p.toString());
            assertEquals("default: not sandboxed", d.rule());
        }
    }

    @Test
    void withoutSandboxExplicitDenialsStillApply() throws Exception {
        SecurityPolicy policy = factory.create(SandboxSettings.unrestricted().withFlag("deny-fs", "/etc"));
        Decision d = check(policy, Permission.FS_READ, "/etc/passwd");
        assertFalse(d.allowed());
        assertEquals("--deny-fs=/etc", d.rule());
        assertTrue(check(policy, Permission.FS_READ, "/home/x").allowed());
    }

    @Test
    void sandboxDeniesWhatNoRuleGrants() throws Exception {
        SecurityPolicy policy = factory.create(SandboxSettings.sandboxed());
        assertTrue(policy.sandboxed());
        for (Permission p : Permission.values()) {
            if (p.allowedByDefault()) {
                continue;
            }
            Decision d = check(policy, p, p.isNetwork() ? "example.com:80" : "x");
            assertFalse(d.allowed(), p.toString());
            assertEquals("default: the sandbox denies what no rule grants", d.rule());
        }
    }

    @Test
    void timeAndRandomAreAllowedInASandboxUnlessDenied() throws Exception {
        SecurityPolicy open = factory.create(SandboxSettings.sandboxed());
        assertEquals(Decision.allow("default: allowed unless denied", ""), open.check(AccessRequest.of(Permission.TIME)));
        assertTrue(open.check(AccessRequest.of(Permission.RANDOM)).allowed());

        SecurityPolicy closed = factory.create(SandboxSettings.sandboxed().withPolicy(PolicySource.text("p.json",
                "{\"permissions\": {\"system\": {\"deny\": [\"time\", \"random\"]}}}")));
        assertEquals(Decision.deny("p.json: $.permissions.system.deny[0]", ""), closed.check(AccessRequest.of(Permission.TIME)));
        SecurityViolation v = assertThrows(SecurityViolation.class, () -> closed.require(Permission.RANDOM, ""));
        assertEquals("random denied", v.getMessage());
    }

    @Test
    void aPolicyFileTurnsTheSandboxOn() throws Exception {
        SecurityPolicy policy = factory.create(SandboxSettings.unrestricted().withPolicy(PolicySource.text("p.json", "{}")));
        assertTrue(policy.sandboxed());
        assertFalse(check(policy, Permission.ENV, "HOME").allowed());
    }

    // ---- require and its message ----

    @Test
    void requireThrowsWithTheSpecMessage() throws Exception {
        SecurityPolicy policy = factory.create(SandboxSettings.sandboxed());
        SecurityViolation v = assertThrows(SecurityViolation.class, () -> policy.require(Permission.FS_READ, "/etc/passwd"));
        assertEquals("fs read denied: /etc/passwd", v.getMessage());
        assertEquals(Permission.FS_READ, v.request().permission());
        assertEquals("default: the sandbox denies what no rule grants", v.decision().rule());
        assertEquals("net connect denied: example.com:443",
                assertThrows(SecurityViolation.class, () -> policy.require(Permission.NET_CONNECT, "example.com:443")).getMessage());
    }

    @Test
    void requireReturnsWhenAllowed() throws Exception {
        SecurityPolicy policy = factory.create(SandboxSettings.sandboxed().withFlag("allow-env", "HOME"));
        policy.require(Permission.ENV, "HOME");
        assertThrows(SecurityViolation.class, () -> policy.require(Permission.ENV, "PATH"));
    }

    // ---- the seed example ----

    @Test
    void seedExamplePolicyAllowsAppDataAndDeniesEtc() throws Exception {
        SecurityPolicy policy = factory.create(SandboxSettings.sandboxed()
                .withPolicy(PolicySource.text("policy.json", SEED_EXAMPLE)));
        assertTrue(check(policy, Permission.FS_READ, "/app/data/x").allowed());
        assertTrue(check(policy, Permission.FS_WRITE, "/app/data/sub/y").allowed());
        Decision etc = check(policy, Permission.FS_READ, "/etc/x");
        assertFalse(etc.allowed());
        assertEquals("policy.json: $.permissions.filesystem.deny[0]", etc.rule());
        assertFalse(check(policy, Permission.FS_READ, "/app/database").allowed());
        assertFalse(check(policy, Permission.FS_READ, "/app/data/../../etc/passwd").allowed());
        assertTrue(check(policy, Permission.NET_CONNECT, "localhost:8080").allowed());
        assertFalse(check(policy, Permission.NET_CONNECT, "localhost:7999").allowed());
        assertTrue(check(policy, Permission.NET_CONNECT, "api.example.com:443").allowed());
        assertFalse(check(policy, Permission.NET_CONNECT, "api.example.com:80").allowed());
        assertTrue(check(policy, Permission.ENV, "HOME").allowed());
        assertFalse(check(policy, Permission.PROCESS, "ls").allowed());
        assertEquals("policy.json: $.permissions.system.deny[0]", check(policy, Permission.PROCESS, "ls").rule());
        assertFalse(check(policy, Permission.SYS, "os").allowed());
    }

    // ---- paths ----

    @Test
    void pathGrantDoesNotCoverASiblingWithTheSamePrefix() throws Exception {
        SecurityPolicy policy = factory.create(SandboxSettings.sandboxed().withFlag("allow-fs", "/data"));
        assertTrue(check(policy, Permission.FS_READ, "/data").allowed());
        assertTrue(check(policy, Permission.FS_WRITE, "/data/a/b").allowed());
        assertFalse(check(policy, Permission.FS_READ, "/database").allowed());
        assertFalse(check(policy, Permission.FS_READ, "/database/x").allowed());
    }

    @Test
    void readGrantIsNotAWriteGrant() throws Exception {
        SecurityPolicy policy = factory.create(SandboxSettings.sandboxed().withFlag("allow-fs", "read:/data,write:/tmp/out"));
        assertTrue(check(policy, Permission.FS_READ, "/data/x").allowed());
        assertFalse(check(policy, Permission.FS_WRITE, "/data/x").allowed());
        assertTrue(check(policy, Permission.FS_WRITE, "/tmp/out/y").allowed());
        assertFalse(check(policy, Permission.FS_READ, "/tmp/out/y").allowed());
    }

    @Test
    void dotDotTraversalIsJudgedAfterRemoval() throws Exception {
        SecurityPolicy policy = factory.create(SandboxSettings.sandboxed().withFlag("allow-fs", root + "/data"));
        Decision d = check(policy, Permission.FS_READ, root + "/data/../secret/key.txt");
        assertFalse(d.allowed());
        assertEquals(root.resolve("secret/key.txt").toString(), d.target());
        assertTrue(check(policy, Permission.FS_READ, root + "/data/sub/../x").allowed());
        assertTrue(check(policy, Permission.FS_READ, "data/x").allowed());
        assertFalse(check(policy, Permission.FS_READ, "data/../../x").allowed());
    }

    @Test
    void symlinkInsideAnAllowedDirectoryPointingOutsideIsDenied() throws Exception {
        Path data = Files.createDirectories(root.resolve("data"));
        Path secret = Files.createDirectories(root.resolve("secret"));
        Files.writeString(secret.resolve("key.txt"), "s3cret");
        Files.createSymbolicLink(data.resolve("escape"), secret);
        Files.createSymbolicLink(data.resolve("planted"), secret.resolve("new.txt"));
        Files.writeString(data.resolve("ok.txt"), "fine");
        Files.createSymbolicLink(data.resolve("alias.txt"), data.resolve("ok.txt"));
        SecurityPolicy policy = factory.create(SandboxSettings.sandboxed().withFlag("allow-fs", data.toString()));

        SecurityViolation read = assertThrows(SecurityViolation.class,
                () -> policy.require(Permission.FS_READ, data + "/escape/key.txt"));
        // The message names the path the program gave; the decision records the real target.
        assertEquals("fs read denied: " + data + "/escape/key.txt", read.getMessage());
        assertEquals(secret.resolve("key.txt").toString(), read.decision().target());

        assertFalse(check(policy, Permission.FS_WRITE, data + "/planted").allowed());
        assertFalse(check(policy, Permission.FS_WRITE, data + "/escape/brand/new/file").allowed());
        Decision inside = check(policy, Permission.FS_READ, data + "/alias.txt");
        assertTrue(inside.allowed());
        assertEquals(data.resolve("ok.txt").toString(), inside.target());
    }

    @Test
    void symlinkLoopIsDeniedInASandbox() throws Exception {
        Files.createSymbolicLink(root.resolve("a"), root.resolve("b"));
        Files.createSymbolicLink(root.resolve("b"), root.resolve("a"));
        SecurityPolicy policy = factory.create(SandboxSettings.sandboxed().withFlag("allow-fs", root.toString()));
        Decision d = check(policy, Permission.FS_READ, root + "/a/x");
        assertFalse(d.allowed());
        assertEquals("invalid target: too many levels of symbolic links", d.rule());
        assertTrue(check(factory.create(SandboxSettings.unrestricted()), Permission.FS_READ, root + "/a/x").allowed());
    }

    // ---- specificity and ties ----

    @Test
    void moreSpecificDenialInsideAGrant() throws Exception {
        SecurityPolicy policy = factory.create(SandboxSettings.sandboxed()
                .withFlag("allow-fs", "/data").withFlag("deny-fs", "write:/data/readonly"));
        assertTrue(check(policy, Permission.FS_WRITE, "/data/x").allowed());
        assertFalse(check(policy, Permission.FS_WRITE, "/data/readonly/x").allowed());
        assertTrue(check(policy, Permission.FS_READ, "/data/readonly/x").allowed());
    }

    @Test
    void denyWinsATie() throws Exception {
        SecurityPolicy policy = factory.create(SandboxSettings.sandboxed()
                .withFlag("allow-env", "HOME").withFlag("deny-env", "HOME").withFlag("allow-run", null).withFlag("deny-run", null));
        Decision env = check(policy, Permission.ENV, "HOME");
        assertFalse(env.allowed());
        assertEquals("--deny-env=HOME", env.rule());
        assertFalse(check(policy, Permission.PROCESS, "ls").allowed());
    }

    @Test
    void exactNameBeatsAllowEverything() throws Exception {
        SecurityPolicy policy = factory.create(SandboxSettings.sandboxed()
                .withFlag("allow-env", null).withFlag("deny-env", "AWS_*").withFlag("allow-env", "AWS_REGION"));
        assertTrue(check(policy, Permission.ENV, "HOME").allowed());
        assertFalse(check(policy, Permission.ENV, "AWS_SECRET_ACCESS_KEY").allowed());
        assertTrue(check(policy, Permission.ENV, "AWS_REGION").allowed());
    }

    @Test
    void wildcardHostsAndExactOverrides() throws Exception {
        SecurityPolicy policy = factory.create(SandboxSettings.sandboxed()
                .withFlag("allow-net", "*.example.com").withFlag("deny-net", "evil.example.com")
                .withFlag("deny-net", "*.internal.example.com").withFlag("allow-net", "ok.internal.example.com:443"));
        assertTrue(check(policy, Permission.NET_CONNECT, "api.example.com:443").allowed());
        assertTrue(check(policy, Permission.NET_LISTEN, "a.b.example.com:80").allowed());
        assertFalse(check(policy, Permission.NET_CONNECT, "example.com:443").allowed());
        assertFalse(check(policy, Permission.NET_CONNECT, "evil.example.com:443").allowed());
        assertFalse(check(policy, Permission.NET_CONNECT, "db.internal.example.com:5432").allowed());
        assertTrue(check(policy, Permission.NET_CONNECT, "ok.internal.example.com:443").allowed());
        assertFalse(check(policy, Permission.NET_CONNECT, "ok.internal.example.com:80").allowed());
        assertTrue(check(policy, Permission.NET_CONNECT, "API.Example.COM:443").allowed());
        assertEquals("api.example.com:443", check(policy, Permission.NET_CONNECT, "API.Example.COM:443").target());
    }

    @Test
    void portRanges() throws Exception {
        SecurityPolicy policy = factory.create(SandboxSettings.sandboxed()
                .withFlag("allow-net", "localhost:8000-9000").withFlag("deny-net", "localhost:8500"));
        assertTrue(check(policy, Permission.NET_LISTEN, "localhost:8000").allowed());
        assertTrue(check(policy, Permission.NET_LISTEN, "localhost:9000").allowed());
        assertFalse(check(policy, Permission.NET_LISTEN, "localhost:9001").allowed());
        assertFalse(check(policy, Permission.NET_LISTEN, "localhost:8500").allowed());
        assertFalse(check(policy, Permission.NET_CONNECT, "127.0.0.1:8080").allowed());
    }

    @Test
    void malformedNetworkTargetIsDeniedInASandbox() throws Exception {
        SecurityPolicy policy = factory.create(SandboxSettings.sandboxed().withFlag("allow-net", "*"));
        Decision d = check(policy, Permission.NET_CONNECT, "localhost:http");
        assertFalse(d.allowed());
        assertEquals("invalid target: invalid port 'http' (expected a number 0-65535)", d.rule());
        assertTrue(check(policy, Permission.NET_CONNECT, "anything.at.all:1").allowed());
    }

    @Test
    void programsByNameAndByPath() throws Exception {
        SecurityPolicy policy = factory.create(SandboxSettings.sandboxed().withFlag("allow-run", "git,/opt/tools"));
        assertTrue(check(policy, Permission.PROCESS, "git").allowed());
        assertFalse(check(policy, Permission.PROCESS, "/tmp/evil/git").allowed());
        assertTrue(check(policy, Permission.PROCESS, "/opt/tools/bin/fmt").allowed());
        assertFalse(check(policy, Permission.PROCESS, "/opt/tools/../../bin/sh").allowed());
        assertFalse(check(policy, Permission.PROCESS, "sh").allowed());
    }

    // ---- limits and errors ----

    @Test
    void flagLimitsWinOverThePolicyFile() throws Exception {
        SecurityPolicy policy = factory.create(SandboxSettings.sandboxed()
                .withLimits(ResourceLimits.NONE.withExecutionTimeoutMs(100))
                .withPolicy(PolicySource.text("p.json", "{\"limits\": {\"execution_timeout_ms\": 5000, \"max_tasks\": 8}}")));
        assertEquals(OptionalLong.of(100), policy.limits().executionTimeoutMs());
        assertEquals(OptionalLong.of(8), policy.limits().maxTasks());
        assertEquals(OptionalLong.empty(), policy.limits().memoryBytes());
    }

    @Test
    void invalidFlagsAndFilesFailCreation() {
        assertEquals("unknown security flag --allow-fx (did you mean --allow-fs?)",
                assertThrows(PolicyException.class,
                        () -> factory.create(SandboxSettings.sandboxed().withFlag("allow-fx", "/x"))).getMessage());
        assertEquals("p.json: $.permissions.filesystem.allow[0].acess: unknown key (did you mean \"access\"?)",
                assertThrows(PolicyException.class, () -> factory.create(SandboxSettings.sandboxed().withPolicy(
                        PolicySource.text("p.json",
                                "{\"permissions\": {\"filesystem\": {\"allow\": [{\"path\": \"/a\", \"acess\": \"read\"}]}}}"))))
                        .getMessage());
    }

    @Test
    void policyFileFromDisk() throws Exception {
        Path file = root.resolve("policy.json");
        Files.writeString(file, SEED_EXAMPLE);
        SecurityPolicy policy = factory.create(SandboxSettings.unrestricted().withPolicyFile(file));
        assertTrue(check(policy, Permission.FS_READ, "/app/data/x").allowed());
        assertFalse(check(policy, Permission.FS_READ, "/etc/x").allowed());
    }
}
