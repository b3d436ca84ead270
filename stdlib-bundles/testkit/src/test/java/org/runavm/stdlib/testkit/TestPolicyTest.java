package org.runavm.stdlib.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.runavm.kernel.security.AccessRequest;
import org.runavm.kernel.security.Permission;
import org.runavm.kernel.security.SecurityViolation;

/** The fixture's policy must decide as {@code security.md} says, or the modules' security tests prove nothing. */
class TestPolicyTest {

    private static boolean allowed(TestPolicy policy, Permission permission, String target) {
        return policy.check(AccessRequest.of(permission, target)).allowed();
    }

    @Test
    void sandboxDeniesUnmatchedRequestsExceptTimeAndRandom() {
        TestPolicy sandbox = TestPolicy.sandbox();
        assertFalse(allowed(sandbox, Permission.FS_READ, "/etc/passwd"));
        assertTrue(allowed(sandbox, Permission.TIME, ""));
        assertTrue(allowed(sandbox, Permission.RANDOM, ""));
        assertTrue(allowed(TestPolicy.unrestricted(), Permission.PROCESS, "rm"));
    }

    @Test
    void mostSpecificPathDecidesAndDenyWinsATie() {
        TestPolicy policy = TestPolicy.sandbox()
                .deny(Permission.FS_READ, "/")
                .allow(Permission.FS_READ, "/app/data")
                .allow(Permission.FS_WRITE, "/tmp")
                .deny(Permission.FS_WRITE, "/tmp");
        assertTrue(allowed(policy, Permission.FS_READ, "/app/data/x"));
        assertFalse(allowed(policy, Permission.FS_READ, "/app/database"));
        assertFalse(allowed(policy, Permission.FS_READ, "/etc/x"));
        assertFalse(allowed(policy, Permission.FS_WRITE, "/tmp/x"));
    }

    @Test
    void namesPrefixesAndHosts() {
        TestPolicy policy = TestPolicy.sandbox()
                .allow(Permission.ENV, "AWS_*").deny(Permission.ENV, "AWS_SECRET")
                .allow(Permission.NET_CONNECT, "localhost");
        assertTrue(allowed(policy, Permission.ENV, "AWS_REGION"));
        assertFalse(allowed(policy, Permission.ENV, "AWS_SECRET"));
        assertFalse(allowed(policy, Permission.ENV, "HOME"));
        assertTrue(allowed(policy, Permission.NET_CONNECT, "localhost:8080"));
        assertFalse(allowed(policy, Permission.NET_CONNECT, "localhost.evil:80"));
    }

    @Test
    void requireThrowsTheViolationAndEveryRequestIsRecorded() {
        TestPolicy policy = TestPolicy.sandbox();
        SecurityViolation denied = assertThrows(SecurityViolation.class, () -> policy.require(Permission.SYS, "os"));
        assertEquals("sys denied: os", denied.getMessage());
        assertEquals(1, policy.requests().size());
    }
}
