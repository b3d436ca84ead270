package org.runavm.security.internal.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.security.Permission;
import org.runavm.kernel.security.PermissionRule;

/**
 * Laws of resolution, checked on many random rule sets (seeded, so reproducible): the order of
 * rules never matters, adding a grant never turns an allow into a deny, adding a denial never
 * turns a deny into an allow, and the deciding rule always covers the subject at least as
 * specifically as any other matching rule.
 */
class RuleSetPropertiesTest {

    private static final String[] DIRS = {"/", "/a", "/a/b", "/a/b/c", "/a/bc", "/d", "/d/a"};
    private static final String[] TARGETS = {"/", "/a", "/a/b", "/a/b/c/x", "/a/bc", "/a/bcd", "/d/a/b", "/e"};

    private final Random random = new Random(42);

    private Rule randomRule() {
        String dir = DIRS[random.nextInt(DIRS.length)];
        boolean allow = random.nextBoolean();
        PermissionRule spec = allow ? PermissionRule.allow(Permission.FS_READ, dir) : PermissionRule.deny(Permission.FS_READ, dir);
        Scope scope = random.nextInt(8) == 0 ? new AnyScope() : new PathScope(Path.of(dir));
        return new Rule(spec, scope, spec + " #" + random.nextInt(1000));
    }

    private List<Rule> randomRules() {
        List<Rule> rules = new ArrayList<>();
        int n = random.nextInt(7);
        for (int i = 0; i < n; i++) {
            rules.add(randomRule());
        }
        return rules;
    }

    private static Optional<Boolean> outcome(RuleSet set, String target) {
        return set.decide(Permission.FS_READ, new Subject.PathSubject(Path.of(target))).map(Rule::allows);
    }

    @Test
    void orderDoesNotMatter() {
        for (int round = 0; round < 2_000; round++) {
            List<Rule> rules = randomRules();
            List<Rule> shuffled = new ArrayList<>(rules);
            Collections.shuffle(shuffled, random);
            for (String target : TARGETS) {
                assertEquals(outcome(RuleSet.of(rules), target), outcome(RuleSet.of(shuffled), target), rules + " " + target);
            }
        }
    }

    @Test
    void grantsAndDenialsAreMonotonic() {
        for (int round = 0; round < 2_000; round++) {
            RuleSet base = RuleSet.of(randomRules());
            Rule extra = randomRule();
            RuleSet more = base.with(extra);
            for (String target : TARGETS) {
                Optional<Boolean> before = outcome(base, target);
                Optional<Boolean> after = outcome(more, target);
                if (extra.allows() && before.equals(Optional.of(true))) {
                    assertEquals(Optional.of(true), after, base.rules() + " + " + extra + " on " + target);
                }
                if (!extra.allows() && before.equals(Optional.of(false))) {
                    assertEquals(Optional.of(false), after, base.rules() + " + " + extra + " on " + target);
                }
            }
        }
    }

    @Test
    void decidingRuleIsAMostSpecificMatchAndDenyWinsTies() {
        for (int round = 0; round < 2_000; round++) {
            List<Rule> rules = randomRules();
            for (String target : TARGETS) {
                Subject subject = new Subject.PathSubject(Path.of(target));
                Optional<Rule> decided = RuleSet.of(rules).decide(Permission.FS_READ, subject);
                long best = rules.stream().mapToLong(r -> r.scope().specificity(subject)).max().orElse(Scope.NO_MATCH);
                if (best == Scope.NO_MATCH) {
                    assertEquals(Optional.empty(), decided);
                    continue;
                }
                assertTrue(decided.isPresent());
                assertEquals(best, decided.get().scope().specificity(subject));
                boolean denialAtBest = rules.stream()
                        .anyMatch(r -> !r.allows() && r.scope().specificity(subject) == best);
                assertEquals(!denialAtBest, decided.get().allows());
            }
        }
    }
}
