package org.runavm.security.internal.rule;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.runavm.kernel.security.Permission;
import org.runavm.kernel.security.PermissionRule;

/**
 * An immutable list of rules, indexed by permission, and the resolution that picks the deciding
 * rule: the most specific matching rule decides; between equally specific allow and deny, deny
 * wins. Immutable so that a check never sees half of an adjustment: changes build a new set.
 */
public final class RuleSet {

    private static final RuleSet EMPTY = new RuleSet(List.of());

    private final List<Rule> rules;
    private final Map<Permission, List<Rule>> byPermission = new EnumMap<>(Permission.class);

    private RuleSet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        for (Rule rule : this.rules) {
            byPermission.computeIfAbsent(rule.spec().permission(), p -> new ArrayList<>()).add(rule);
        }
    }

    public static RuleSet empty() {
        return EMPTY;
    }

    public static RuleSet of(List<Rule> rules) {
        return new RuleSet(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Whether any rule is about {@code permission}. */
    public boolean mentions(Permission permission) {
        return byPermission.containsKey(permission);
    }

    /** This set with {@code rule} appended. */
    public RuleSet with(Rule rule) {
        List<Rule> more = new ArrayList<>(rules);
        more.add(rule);
        return new RuleSet(more);
    }

    /** This set without the rules written as {@code spec}. */
    public RuleSet without(PermissionRule spec) {
        return new RuleSet(rules.stream().filter(r -> !r.spec().equals(spec)).toList());
    }

    /** The rule that decides {@code permission} on {@code subject}, if any rule matches. */
    public Optional<Rule> decide(Permission permission, Subject subject) {
        Rule bestAllow = null;
        Rule bestDeny = null;
        long allowScore = Scope.NO_MATCH;
        long denyScore = Scope.NO_MATCH;
        for (Rule rule : byPermission.getOrDefault(permission, List.of())) {
            long score = rule.scope().specificity(subject);
            if (score == Scope.NO_MATCH) {
                continue;
            }
            if (rule.allows()) {
                if (score > allowScore) {
                    allowScore = score;
                    bestAllow = rule;
                }
            } else if (score > denyScore) {
                denyScore = score;
                bestDeny = rule;
            }
        }
        if (bestDeny != null && denyScore >= allowScore) {
            return Optional.of(bestDeny);
        }
        return Optional.ofNullable(bestAllow);
    }
}
