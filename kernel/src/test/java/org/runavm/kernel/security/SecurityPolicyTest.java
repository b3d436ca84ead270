package org.runavm.kernel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract's default method: {@code require} throws exactly the spec's message. */
class SecurityPolicyTest {

    /** Allows only env HOME and records what it was asked. */
    private static final class HomeOnly implements SecurityPolicy {
        final List<AccessRequest> asked = new ArrayList<>();

        @Override
        public Decision check(AccessRequest request) {
            asked.add(request);
            boolean ok = request.permission() == Permission.ENV && request.target().equals("HOME");
            return new Decision(ok, ok ? "allow env HOME" : "default", request.target());
        }

        @Override public boolean sandboxed() { return true; }
        @Override public ResourceLimits limits() { return ResourceLimits.NONE; }
        @Override public List<PermissionRule> rules() { return List.of(); }
        @Override public void addRule(PermissionRule rule) { }
        @Override public boolean removeRule(PermissionRule rule) { return false; }
        @Override public void close() { }
    }

    @Test
    void requireReturnsWhenAllowed() {
        HomeOnly policy = new HomeOnly();
        policy.require(Permission.ENV, "HOME");
        assertEquals(List.of(AccessRequest.of(Permission.ENV, "HOME")), policy.asked);
    }

    @Test
    void requireThrowsNamingPermissionAndTarget() {
        HomeOnly policy = new HomeOnly();
        SecurityViolation v = assertThrows(SecurityViolation.class, () -> policy.require(Permission.FS_READ, "/etc/passwd"));
        assertEquals("fs read denied: /etc/passwd", v.getMessage());
        assertEquals(AccessRequest.of(Permission.FS_READ, "/etc/passwd"), v.request());
        assertEquals("default", v.decision().rule());
    }

    @Test
    void messageWithoutTarget() {
        assertEquals("time denied", SecurityViolation.message(AccessRequest.of(Permission.TIME)));
        assertEquals("net listen denied: 0.0.0.0:80",
                SecurityViolation.message(AccessRequest.of(Permission.NET_LISTEN, "0.0.0.0:80")));
    }

    @Test
    void violationKeepsItsDecision() {
        Decision d = Decision.deny("--deny-env=SECRET", "SECRET");
        SecurityViolation v = new SecurityViolation(AccessRequest.of(Permission.ENV, "SECRET"), d);
        assertSame(d, v.decision());
    }
}
