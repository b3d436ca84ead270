package org.runavm.security.internal.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.security.Permission;
import org.runavm.kernel.security.PermissionRule;

class RuleSetTest {

    private static Rule fs(boolean allow, String path) {
        PermissionRule spec = allow ? PermissionRule.allow(Permission.FS_READ, path) : PermissionRule.deny(Permission.FS_READ, path);
        return new Rule(spec, new PathScope(Path.of(path)), (allow ? "allow " : "deny ") + path);
    }

    private static Optional<String> decide(RuleSet set, String path) {
        return set.decide(Permission.FS_READ, new Subject.PathSubject(Path.of(path))).map(Rule::source);
    }

    @Test
    void mostSpecificRuleDecidesWhateverItsEffect() {
        RuleSet set = RuleSet.of(List.of(fs(false, "/"), fs(true, "/app/data"), fs(false, "/app/data/private")));
        assertEquals(Optional.of("allow /app/data"), decide(set, "/app/data/x"));
        assertEquals(Optional.of("deny /"), decide(set, "/etc/x"));
        assertEquals(Optional.of("deny /app/data/private"), decide(set, "/app/data/private/key"));
        assertEquals(Optional.of("deny /"), decide(set, "/app"));
    }

    @Test
    void denyWinsATieRegardlessOfOrder() {
        RuleSet allowFirst = RuleSet.of(List.of(fs(true, "/data"), fs(false, "/data")));
        RuleSet denyFirst = RuleSet.of(List.of(fs(false, "/data"), fs(true, "/data")));
        assertEquals(Optional.of("deny /data"), decide(allowFirst, "/data/x"));
        assertEquals(Optional.of("deny /data"), decide(denyFirst, "/data/x"));
    }

    @Test
    void noMatchingRuleDecidesNothing() {
        RuleSet set = RuleSet.of(List.of(fs(true, "/data")));
        assertEquals(Optional.empty(), decide(set, "/database"));
        assertEquals(Optional.empty(), set.decide(Permission.FS_WRITE, new Subject.PathSubject(Path.of("/data/x"))));
    }

    @Test
    void rulesAreIndexedByPermission() {
        RuleSet set = RuleSet.of(List.of(fs(true, "/data")));
        assertTrue(set.mentions(Permission.FS_READ));
        assertFalse(set.mentions(Permission.FS_WRITE));
    }

    @Test
    void withAndWithoutBuildNewSetsAndLeaveTheOldOneAlone() {
        RuleSet base = RuleSet.of(List.of(fs(true, "/data")));
        RuleSet more = base.with(fs(false, "/data/secret"));
        assertEquals(1, base.rules().size());
        assertEquals(2, more.rules().size());
        RuleSet less = more.without(PermissionRule.allow(Permission.FS_READ, "/data"));
        assertEquals(List.of(PermissionRule.deny(Permission.FS_READ, "/data/secret")),
                less.rules().stream().map(Rule::spec).toList());
        assertEquals(2, more.rules().size());
    }

    @Test
    void emptySetDecidesNothing() {
        assertEquals(Optional.empty(), decide(RuleSet.empty(), "/"));
    }
}
