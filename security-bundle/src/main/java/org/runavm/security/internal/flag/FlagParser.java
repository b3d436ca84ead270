package org.runavm.security.internal.flag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.runavm.kernel.security.Permission;
import org.runavm.kernel.security.PermissionRule;
import org.runavm.kernel.security.PolicyException;
import org.runavm.kernel.security.SecurityFlag;
import org.runavm.security.internal.Suggestions;
import org.runavm.security.internal.rule.AnyScope;
import org.runavm.security.internal.rule.InvalidScopeException;
import org.runavm.security.internal.rule.Rule;
import org.runavm.security.internal.rule.ScopeParser;

/**
 * Turns {@code --allow-*}/{@code --deny-*} flags into rules, with the grammar of {@code spec/cli.md}:
 * <ul>
 *   <li>{@code --allow-fs=read:/data,write:/tmp/out}; a bare path grants both ({@code --allow-fs=/data});
 *   <li>{@code --allow-net=localhost:8080,api.example.com:443,host:8000-9000}; a host without a port
 *       covers every port; a net rule covers both connecting and listening;
 *   <li>{@code --allow-run[=prog,...]}, {@code --allow-env[=NAME,...]}, {@code --allow-sys[=NAME,...]},
 *       {@code --allow-user[=NAME,...]}, {@code --allow-ffi[=lib,...]}: without a value, every target.
 * </ul>
 * Each comma-separated item becomes its own rule whose source is the flag with that item alone
 * ({@code --allow-fs=read:/data}), so a decision names exactly the grant that applied.
 */
public final class FlagParser {

    private final ScopeParser scopes;

    public FlagParser(ScopeParser scopes) {
        this.scopes = scopes;
    }

    /** The rules {@code flags} describe, in order. */
    public List<Rule> parse(List<SecurityFlag> flags) throws PolicyException {
        List<Rule> rules = new ArrayList<>();
        for (SecurityFlag flag : flags) {
            rules.addAll(parse(flag));
        }
        return rules;
    }

    /** The rules one flag describes. */
    public List<Rule> parse(SecurityFlag flag) throws PolicyException {
        String name = flag.flag();
        PermissionRule.Effect effect;
        String suffix;
        if (name.startsWith("allow-")) {
            effect = PermissionRule.Effect.ALLOW;
            suffix = name.substring("allow-".length());
        } else if (name.startsWith("deny-")) {
            effect = PermissionRule.Effect.DENY;
            suffix = name.substring("deny-".length());
        } else {
            throw unknown(name);
        }
        FlagKind kind = FlagKind.bySuffix(suffix).orElseThrow(() -> unknown(name));
        String value = flag.value();
        if (value == null) {
            if (kind.needsSpec) {
                throw new PolicyException("--" + name + ": missing SPEC (" + specHelp(kind) + ")");
            }
            return everything(effect, kind, "--" + name);
        }
        if (value.isEmpty()) {
            throw new PolicyException("--" + name + "=: empty SPEC (" + specHelp(kind) + ")");
        }
        List<Rule> rules = new ArrayList<>();
        for (String item : value.split(",", -1)) {
            String source = "--" + name + "=" + item;
            if (item.isBlank()) {
                throw new PolicyException(flag + ": empty item in the comma-separated list");
            }
            rules.addAll(item(effect, kind, item.strip(), source));
        }
        return rules;
    }

    private List<Rule> item(PermissionRule.Effect effect, FlagKind kind, String item, String source)
            throws PolicyException {
        List<Permission> permissions = kind.permissions;
        String scope = item;
        if (kind == FlagKind.FS) {
            if (item.startsWith("read:")) {
                permissions = List.of(Permission.FS_READ);
                scope = item.substring("read:".length());
            } else if (item.startsWith("write:")) {
                permissions = List.of(Permission.FS_WRITE);
                scope = item.substring("write:".length());
            }
            if (scope.isEmpty()) {
                throw new PolicyException(source + ": missing path after '" + item + "'");
            }
        }
        List<Rule> rules = new ArrayList<>();
        for (Permission permission : permissions) {
            try {
                rules.add(new Rule(new PermissionRule(effect, permission, scope),
                        scopes.parse(permission, scope), source));
            } catch (InvalidScopeException e) {
                throw new PolicyException(source + ": " + e.getMessage());
            }
        }
        return rules;
    }

    private static List<Rule> everything(PermissionRule.Effect effect, FlagKind kind, String source) {
        return kind.permissions.stream()
                .map(p -> new Rule(new PermissionRule(effect, p, ""),
                        new AnyScope(), source))
                .toList();
    }

    private static String specHelp(FlagKind kind) {
        return switch (kind) {
            case FS -> "read:PATH, write:PATH or PATH, comma-separated";
            case NET -> "HOST, HOST:PORT or HOST:LOW-HIGH, comma-separated";
            default -> "NAME,... or no value for all";
        };
    }

    private static PolicyException unknown(String name) {
        Optional<String> near = Suggestions.closest(name, FlagKind.allFlagNames());
        return new PolicyException("unknown security flag --" + name
                + near.map(s -> " (did you mean --" + s + "?)").orElse(""));
    }
}
