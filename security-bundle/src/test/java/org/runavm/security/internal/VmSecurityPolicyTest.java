package org.runavm.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runavm.kernel.security.AccessRequest;
import org.runavm.kernel.security.AuditRecord;
import org.runavm.kernel.security.Decision;
import org.runavm.kernel.security.Permission;
import org.runavm.kernel.security.PermissionRule;
import org.runavm.kernel.security.PolicyException;
import org.runavm.kernel.security.SandboxSettings;
import org.runavm.kernel.security.SecurityPolicy;
import org.runavm.security.internal.path.PathCanonicalizer;

/** Dynamic adjustments, per-VM isolation, auditing and concurrent checks. */
class VmSecurityPolicyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    private static boolean allowed(SecurityPolicy policy, Permission permission, String target) {
        return policy.check(AccessRequest.of(permission, target)).allowed();
    }

    // ---- dynamic adjustments ----

    @Test
    void addedRuleAppliesToTheNextCheck() throws Exception {
        SecurityPolicy policy = factory.create(SandboxSettings.sandboxed());
        assertFalse(allowed(policy, Permission.FS_READ, "/data/x"));
        policy.addRule(PermissionRule.allow(Permission.FS_READ, "/data"));
        Decision d = policy.check(AccessRequest.of(Permission.FS_READ, "/data/x"));
        assertTrue(d.allowed());
        assertEquals("runtime: allow fs read /data", d.rule());
        policy.addRule(PermissionRule.deny(Permission.FS_READ, "/data/private"));
        assertFalse(allowed(policy, Permission.FS_READ, "/data/private/k"));
        assertTrue(allowed(policy, Permission.FS_READ, "/data/public/k"));
    }

    @Test
    void removedRuleStopsApplying() throws Exception {
        SecurityPolicy policy = factory.create(SandboxSettings.sandboxed().withFlag("allow-fs", "/data"));
        assertTrue(allowed(policy, Permission.FS_WRITE, "/data/x"));
        assertTrue(policy.removeRule(PermissionRule.allow(Permission.FS_WRITE, "/data")));
        assertFalse(allowed(policy, Permission.FS_WRITE, "/data/x"));
        assertTrue(allowed(policy, Permission.FS_READ, "/data/x"));
        assertFalse(policy.removeRule(PermissionRule.allow(Permission.FS_WRITE, "/data")));
    }

    @Test
    void rulesListsFlagsThenRuntimeAdditions() throws Exception {
        SecurityPolicy policy = factory.create(SandboxSettings.sandboxed().withFlag("allow-net", "localhost:80")
                .withFlag("deny-env", null));
        policy.addRule(PermissionRule.allow(Permission.ENV, "HOME"));
        assertEquals(List.of(PermissionRule.allow(Permission.NET_CONNECT, "localhost:80"),
                PermissionRule.allow(Permission.NET_LISTEN, "localhost:80"),
                PermissionRule.deny(Permission.ENV, ""),
                PermissionRule.allow(Permission.ENV, "HOME")), policy.rules());
        assertTrue(allowed(policy, Permission.ENV, "HOME"));
        assertFalse(allowed(policy, Permission.ENV, "PATH"));
    }

    @Test
    void invalidRuntimeRuleIsRejectedAndChangesNothing() throws Exception {
        SecurityPolicy policy = factory.create(SandboxSettings.sandboxed());
        PolicyException e = assertThrows(PolicyException.class,
                () -> policy.addRule(PermissionRule.allow(Permission.NET_CONNECT, "localhost:99999")));
        assertEquals("allow net connect localhost:99999: port 99999 is out of range (0-65535)", e.getMessage());
        assertEquals(List.of(), policy.rules());
    }

    @Test
    void eachVmHasItsOwnPolicy() throws Exception {
        SandboxSettings settings = SandboxSettings.sandboxed();
        SecurityPolicy first = factory.create(settings);
        SecurityPolicy second = factory.create(settings);
        first.addRule(PermissionRule.allow(Permission.ENV, ""));
        assertTrue(allowed(first, Permission.ENV, "HOME"));
        assertFalse(allowed(second, Permission.ENV, "HOME"));
    }

    // ---- auditing ----

    @Test
    void auditLogHasOneJsonLinePerDecision() throws Exception {
        Path log = root.resolve("audit.jsonl");
        Path data = Files.createDirectories(root.resolve("data"));
        Files.createSymbolicLink(data.resolve("link"), root.resolve("elsewhere"));
        SecurityPolicy policy = factory.create(SandboxSettings.sandboxed().withFlag("allow-fs", "read:" + data)
                .withAuditLog(log));
        policy.check(AccessRequest.of(Permission.FS_READ, data + "/a.txt"));
        policy.check(AccessRequest.of(Permission.FS_READ, "/etc/passwd"));
        policy.check(AccessRequest.of(Permission.FS_READ, "data/link/x"));
        policy.check(AccessRequest.of(Permission.TIME));
        policy.close();

        List<String> lines = Files.readAllLines(log);
        assertEquals(4, lines.size());
        JsonNode granted = JSON.readTree(lines.get(0));
        assertEquals("2026-11-25T12:00:00Z", granted.get("time").asText());
        assertEquals("fs read", granted.get("permission").asText());
        assertEquals(data + "/a.txt", granted.get("target").asText());
        assertTrue(granted.get("allowed").asBoolean());
        assertEquals("--allow-fs=read:" + data, granted.get("rule").asText());
        assertFalse(granted.has("requested"));

        JsonNode denied = JSON.readTree(lines.get(1));
        assertEquals("/etc/passwd", denied.get("target").asText());
        assertFalse(denied.get("allowed").asBoolean());
        assertEquals("default: the sandbox denies what no rule grants", denied.get("rule").asText());

        JsonNode escaped = JSON.readTree(lines.get(2));
        assertEquals(root + "/elsewhere/x", escaped.get("target").asText());
        assertEquals("data/link/x", escaped.get("requested").asText());
        assertFalse(escaped.get("allowed").asBoolean());

        JsonNode time = JSON.readTree(lines.get(3));
        assertEquals("time", time.get("permission").asText());
        assertEquals("", time.get("target").asText());
        assertTrue(time.get("allowed").asBoolean());
    }

    @Test
    void withoutSandboxDecisionsAreStillAudited() throws Exception {
        Path log = root.resolve("audit.jsonl");
        SecurityPolicy policy = factory.create(SandboxSettings.unrestricted().withAuditLog(log));
        policy.require(Permission.ENV, "HOME");
        policy.close();
        JsonNode line = JSON.readTree(Files.readAllLines(log).getFirst());
        assertEquals("env", line.get("permission").asText());
        assertEquals("HOME", line.get("target").asText());
        assertEquals("default: not sandboxed", line.get("rule").asText());
        // Checks keep working after close; they are just not written any more.
        assertTrue(allowed(policy, Permission.ENV, "PATH"));
        assertEquals(1, Files.readAllLines(log).size());
    }

    @Test
    void embedderSinkReceivesEveryDecisionBesideTheFile() throws Exception {
        Path log = root.resolve("audit.jsonl");
        List<AuditRecord> records = Collections.synchronizedList(new ArrayList<>());
        SecurityPolicy policy = factory.create(SandboxSettings.sandboxed().withAuditLog(log), records::add);
        policy.check(AccessRequest.of(Permission.ENV, "HOME"));
        policy.close();
        assertEquals(1, records.size());
        AuditRecord r = records.getFirst();
        assertEquals(new AuditRecord(Instant.parse("2026-11-25T12:00:00Z"), Permission.ENV, "HOME", "HOME", false,
                "default: the sandbox denies what no rule grants"), r);
        assertEquals(1, Files.readAllLines(log).size());
    }

    @Test
    void badAuditLogFailsCreation() {
        Path log = root.resolve("missing/dir/audit.jsonl");
        assertThrows(PolicyException.class, () -> factory.create(SandboxSettings.sandboxed().withAuditLog(log)));
    }

    // ---- concurrency ----

    @Test
    void concurrentChecksSeeWholeRuleSetsWhileRulesChange() throws Exception {
        SecurityPolicy policy = factory.create(SandboxSettings.sandboxed().withFlag("allow-env", "STABLE"));
        int checkers = 4;
        int rounds = 2_000;
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(checkers + 1)) {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < checkers; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    int problems = 0;
                    for (int i = 0; i < rounds; i++) {
                        if (!allowed(policy, Permission.ENV, "STABLE")) {
                            problems++;
                        }
                        Decision flip = policy.check(AccessRequest.of(Permission.ENV, "FLIP"));
                        boolean consistent = flip.allowed()
                                ? flip.rule().equals("runtime: allow env FLIP")
                                : flip.rule().equals("default: the sandbox denies what no rule grants");
                        if (!consistent) {
                            problems++;
                        }
                    }
                    return problems;
                }));
            }
            Future<?> adjuster = pool.submit(() -> {
                start.await();
                for (int i = 0; i < rounds; i++) {
                    policy.addRule(PermissionRule.allow(Permission.ENV, "FLIP"));
                    policy.removeRule(PermissionRule.allow(Permission.ENV, "FLIP"));
                }
                return null;
            });
            start.countDown();
            adjuster.get();
            for (Future<Integer> r : results) {
                assertEquals(0, r.get());
            }
        }
        assertEquals(List.of(PermissionRule.allow(Permission.ENV, "STABLE")), policy.rules());
    }
}
