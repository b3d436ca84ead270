package org.runavm.security.internal.file;

import java.util.List;
import org.runavm.kernel.security.ResourceLimits;
import org.runavm.security.internal.rule.Rule;

/**
 * A validated policy file: its {@code name} and {@code version} (empty when absent), its rules in
 * document order, and its {@code limits}.
 */
public record PolicyDocument(String name, String version, List<Rule> rules, ResourceLimits limits) {

    public PolicyDocument {
        rules = List.copyOf(rules);
    }
}
