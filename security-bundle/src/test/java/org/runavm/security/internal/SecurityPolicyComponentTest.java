package org.runavm.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.security.AccessRequest;
import org.runavm.kernel.security.AuditRecord;
import org.runavm.kernel.security.Permission;
import org.runavm.kernel.security.PolicyException;
import org.runavm.kernel.security.SandboxSettings;
import org.runavm.kernel.security.SecurityPolicy;

/** The service object as Declarative Services instantiates it (no-argument constructor). */
class SecurityPolicyComponentTest {

    @Test
    void buildsWorkingPoliciesFromSettings() throws Exception {
        SecurityPolicyComponent component = new SecurityPolicyComponent();
        SecurityPolicy policy = component.create(SandboxSettings.sandboxed().withFlag("allow-env", "HOME"));
        assertTrue(policy.check(AccessRequest.of(Permission.ENV, "HOME")).allowed());
        assertFalse(policy.check(AccessRequest.of(Permission.ENV, "PATH")).allowed());
    }

    @Test
    void passesTheEmbeddersSinkAlong() throws Exception {
        List<AuditRecord> records = new ArrayList<>();
        SecurityPolicy policy = new SecurityPolicyComponent().create(SandboxSettings.unrestricted(), records::add);
        policy.check(AccessRequest.of(Permission.SYS, "os"));
        assertEquals(1, records.size());
        assertEquals("os", records.getFirst().target());
    }

    @Test
    void failingEmbedderSinkDoesNotChangeTheDecision() throws Exception {
        SecurityPolicy policy = new SecurityPolicyComponent().create(SandboxSettings.sandboxed(), r -> {
            throw new IllegalStateException("sink broken");
        });
        assertFalse(policy.check(AccessRequest.of(Permission.ENV, "HOME")).allowed());
        assertTrue(policy.check(AccessRequest.of(Permission.TIME)).allowed());
    }

    @Test
    void reportsInvalidSettings() {
        assertThrows(PolicyException.class,
                () -> new SecurityPolicyComponent().create(SandboxSettings.sandboxed().withFlag("allow-fs", null)));
    }
}
