package org.runavm.security.internal.flag;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.runavm.kernel.security.Permission;

/**
 * The permission flags of {@code spec/cli.md}, without their {@code allow-}/{@code deny-} prefix:
 * which permissions each covers and whether it needs a SPEC.
 */
enum FlagKind {
    FS("fs", true, List.of(Permission.FS_READ, Permission.FS_WRITE)),
    NET("net", true, List.of(Permission.NET_CONNECT, Permission.NET_LISTEN)),
    RUN("run", false, List.of(Permission.PROCESS)),
    ENV("env", false, List.of(Permission.ENV)),
    SYS("sys", false, List.of(Permission.SYS)),
    USER("user", false, List.of(Permission.USER)),
    FFI("ffi", false, List.of(Permission.FFI));

    final String suffix;
    final boolean needsSpec;
    final List<Permission> permissions;

    FlagKind(String suffix, boolean needsSpec, List<Permission> permissions) {
        this.suffix = suffix;
        this.needsSpec = needsSpec;
        this.permissions = permissions;
    }

    static Optional<FlagKind> bySuffix(String suffix) {
        for (FlagKind kind : values()) {
            if (kind.suffix.equals(suffix)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Every flag name, for "did you mean" suggestions. */
    static List<String> allFlagNames() {
        return Arrays.stream(values())
                .flatMap(k -> Stream.of("allow-" + k.suffix, "deny-" + k.suffix))
                .toList();
    }
}
