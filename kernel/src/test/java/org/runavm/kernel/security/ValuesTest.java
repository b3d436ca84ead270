package org.runavm.kernel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The small value types of the security API. */
class ValuesTest {

    @Test
    void resourceLimitsWithersAndOverride() {
        ResourceLimits file = ResourceLimits.NONE.withMemoryBytes(1024).withMaxTasks(10).withMaxOpenFiles(5);
        ResourceLimits flags = ResourceLimits.NONE.withMemoryBytes(2048).withExecutionTimeoutMs(100).withInstructionLimit(7);
        ResourceLimits merged = file.overriddenBy(flags);
        assertEquals(new ResourceLimits(OptionalLong.of(2048), OptionalLong.of(100), OptionalLong.of(7),
                OptionalLong.of(10), OptionalLong.of(5)), merged);
        assertEquals(file, file.overriddenBy(ResourceLimits.NONE));
    }

    @Test
    void resourceLimitsMustBePositive() {
        assertEquals("maxTasks must be positive, not 0",
                assertThrows(IllegalArgumentException.class, () -> ResourceLimits.NONE.withMaxTasks(0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ResourceLimits.NONE.withMemoryBytes(-1));
    }

    @Test
    void securityFlagDropsDashesAndPrintsAsWritten() {
        assertEquals(new SecurityFlag("allow-fs", "read:/data"), SecurityFlag.of("--allow-fs", "read:/data"));
        assertEquals("--allow-fs=read:/data", SecurityFlag.of("allow-fs", "read:/data").toString());
        assertEquals("--allow-run", SecurityFlag.of("--allow-run").toString());
    }

    @Test
    void sandboxSettingsBuildUpInOrder() {
        SandboxSettings s = SandboxSettings.unrestricted().withSandbox(true).withFlag("allow-fs", "/a")
                .withFlag(SecurityFlag.of("deny-env")).withPolicyFile(Path.of("p.json")).withAuditLog(Path.of("a.log"))
                .withLimits(ResourceLimits.NONE.withMaxTasks(3));
        assertTrue(s.sandbox());
        assertEquals(List.of(SecurityFlag.of("allow-fs", "/a"), SecurityFlag.of("deny-env")), s.flags());
        assertEquals(Optional.of(PolicySource.file(Path.of("p.json"))), s.policy());
        assertEquals("p.json", s.policy().get().name());
        assertEquals(Optional.of(Path.of("a.log")), s.auditLog());
        assertFalse(SandboxSettings.unrestricted().sandbox());
        assertTrue(SandboxSettings.sandboxed().flags().isEmpty());
    }

    @Test
    void permissionRuleText() {
        assertEquals("allow fs read /data", PermissionRule.allow(Permission.FS_READ, "/data").toString());
        assertEquals("deny process", PermissionRule.deny(Permission.PROCESS, "").toString());
        assertTrue(PermissionRule.deny(Permission.PROCESS, "").coversEverything());
    }

    @Test
    void accessRequestText() {
        assertEquals("net connect example.com:443", AccessRequest.of(Permission.NET_CONNECT, "example.com:443").toString());
        assertEquals("time", AccessRequest.of(Permission.TIME).toString());
    }

    @Test
    void auditRecordFromRequestAndDecision() {
        Instant now = Instant.parse("2026-11-25T00:00:00Z");
        AuditRecord r = AuditRecord.of(now, AccessRequest.of(Permission.FS_READ, "data/link"),
                Decision.deny("--deny-fs=/secret", "/secret/x"));
        assertEquals(new AuditRecord(now, Permission.FS_READ, "/secret/x", "data/link", false, "--deny-fs=/secret"), r);
    }
}
