package org.runavm.security.internal.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.runavm.kernel.security.Permission;
import org.runavm.kernel.security.PermissionRule;
import org.runavm.kernel.security.PolicyException;
import org.runavm.security.internal.path.PathCanonicalizer;
import org.runavm.security.internal.rule.InvalidScopeException;
import org.runavm.security.internal.rule.Rule;
import org.runavm.security.internal.rule.ScopeParser;

/**
 * The {@code permissions} object of a policy file: {@code filesystem}, {@code network} and
 * {@code system}, each with {@code allow} and {@code deny} lists. Each entry becomes one rule per
 * permission it names, whose source is the file and the entry's JSON path.
 */
final class PermissionsSection {

    private static final Set<String> LISTS = Set.of("allow", "deny");

    private static final Map<String, List<Permission>> FS_ACCESS = Map.of(
            "read", List.of(Permission.FS_READ),
            "write", List.of(Permission.FS_WRITE),
            "read_write", List.of(Permission.FS_READ, Permission.FS_WRITE),
            "all", List.of(Permission.FS_READ, Permission.FS_WRITE));
    private static final List<String> FS_ACCESS_NAMES = List.of("read", "write", "read_write", "all");

    private static final Map<String, List<Permission>> NET_ACCESS = Map.of(
            "connect", List.of(Permission.NET_CONNECT),
            "listen", List.of(Permission.NET_LISTEN),
            "all", List.of(Permission.NET_CONNECT, Permission.NET_LISTEN));
    private static final List<String> NET_ACCESS_NAMES = List.of("connect", "listen", "all");

    /** The seed's names for whole permissions in the {@code system} lists. */
    private static final Map<String, Permission> SYSTEM = Map.of(
            "time", Permission.TIME,
            "random", Permission.RANDOM,
            "environment", Permission.ENV,
            "process_creation", Permission.PROCESS,
            "device_access", Permission.DEVICE,
            "ffi", Permission.FFI,
            "user_data", Permission.USER,
            "system_info", Permission.SYS);
    private static final List<String> SYSTEM_NAMES = List.of(
            "time", "random", "environment", "process_creation", "device_access", "ffi", "user_data", "system_info");

    private final ScopeParser scopes;
    private final PathCanonicalizer paths;
    private final String file;

    PermissionsSection(ScopeParser scopes, PathCanonicalizer paths, String file) {
        this.scopes = scopes;
        this.paths = paths;
        this.file = file;
    }

    List<Rule> read(PolicyNode permissions) throws PolicyException {
        permissions.object(Set.of("filesystem", "network", "system"));
        List<Rule> rules = new ArrayList<>();
        for (String section : List.of("filesystem", "network", "system")) {
            if (permissions.member(section).isEmpty()) {
                continue;
            }
            PolicyNode lists = permissions.required(section).object(LISTS);
            for (String list : List.of("allow", "deny")) {
                if (lists.member(list).isEmpty()) {
                    continue;
                }
                PermissionRule.Effect effect = list.equals("allow") ? PermissionRule.Effect.ALLOW : PermissionRule.Effect.DENY;
                for (PolicyNode entry : lists.required(list).elements()) {
                    switch (section) {
                        case "filesystem" -> rules.addAll(filesystem(effect, entry));
                        case "network" -> rules.addAll(network(effect, entry));
                        default -> rules.add(system(effect, entry));
                    }
                }
            }
        }
        return rules;
    }

    private List<Rule> filesystem(PermissionRule.Effect effect, PolicyNode entry) throws PolicyException {
        entry.object(Set.of("path", "access"));
        PolicyNode pathNode = entry.required("path");
        String path = pathNode.text();
        String access = entry.required("access").choice(FS_ACCESS_NAMES);
        List<Rule> rules = new ArrayList<>();
        for (Permission permission : FS_ACCESS.get(access)) {
            rules.add(rule(effect, permission, path, entry, pathNode));
        }
        return rules;
    }

    private List<Rule> network(PermissionRule.Effect effect, PolicyNode entry) throws PolicyException {
        entry.object(Set.of("host", "ports", "access"));
        PolicyNode hostNode = entry.required("host");
        String host = hostNode.text();
        if (host.contains(":") && !host.startsWith("[")) {
            // A bare IPv6 address; the brackets keep its colons apart from the port separator.
            host = "[" + host + "]";
        }
        String scope = host;
        PolicyNode at = hostNode;
        if (entry.member("ports").isPresent()) {
            at = entry.required("ports");
            scope = host + ":" + at.textOrNumber();
        }
        String access = entry.member("access").isPresent() ? entry.required("access").choice(NET_ACCESS_NAMES) : "all";
        List<Rule> rules = new ArrayList<>();
        for (Permission permission : NET_ACCESS.get(access)) {
            rules.add(rule(effect, permission, scope, entry, at));
        }
        return rules;
    }

    private Rule system(PermissionRule.Effect effect, PolicyNode entry) throws PolicyException {
        Permission permission = SYSTEM.get(entry.choice(SYSTEM_NAMES));
        return rule(effect, permission, "", entry, entry);
    }

    private Rule rule(PermissionRule.Effect effect, Permission permission, String scope, PolicyNode entry,
                      PolicyNode blame) throws PolicyException {
        try {
            return new Rule(new PermissionRule(effect, permission, scope),
                    scopes.parse(permission, scope, paths), file + ": " + entry.path());
        } catch (InvalidScopeException e) {
            throw blame.error(e.getMessage());
        }
    }
}
