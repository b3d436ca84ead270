package org.runavm.kernel.config;

import java.util.List;
import java.util.Objects;

/**
 * One {@code --allow-X} or {@code --deny-X} flag exactly as given, e.g. {@code ("allow-fs",
 * "read:/data")}. The grammar of the value (paths, hosts, port ranges, names) belongs to the security
 * bundle, which parses and validates it; here only the flag name and the presence of a value are
 * checked.
 *
 * @param flag  {@code allow-} or {@code deny-} followed by one of {@link #PERMISSIONS}, without dashes
 * @param value the raw value, {@code ""} when the flag was given without one (e.g. {@code --allow-env})
 */
public record PermissionFlag(String flag, String value) {
    /** The permission families that have flags, in the order {@code --help} lists them. */
    public static final List<String> PERMISSIONS = List.of("fs", "net", "env", "run", "ffi", "sys", "user");
    /** Families whose flag needs a value ({@code --allow-fs=SPEC}). */
    public static final List<String> VALUE_REQUIRED = List.of("fs", "net");
    /** Families whose flag takes no value ({@code --allow-sys}). */
    public static final List<String> VALUE_FORBIDDEN = List.of("sys", "user");

    public PermissionFlag {
        Objects.requireNonNull(flag, "flag");
        value = value == null ? "" : value;
        String family = familyOf(flag);
        if (family == null) {
            throw new ConfigException("--" + flag, "not a permission flag (expected --allow-X or --deny-X "
                    + "with X one of " + String.join(", ", PERMISSIONS) + ")");
        }
        if (VALUE_REQUIRED.contains(family) && value.isBlank()) {
            throw new ConfigException("--" + flag, "needs a value (e.g. --" + flag
                    + (family.equals("fs") ? "=read:/data" : "=localhost:8080") + ")");
        }
        if (VALUE_FORBIDDEN.contains(family) && !value.isEmpty()) {
            throw new ConfigException("--" + flag, "takes no value (got '" + value + "')");
        }
    }

    /** Every permission flag name, allow before deny: {@code allow-fs ... deny-user}. */
    public static List<String> flagNames() {
        return java.util.stream.Stream.of("allow-", "deny-")
                .flatMap(prefix -> PERMISSIONS.stream().map(prefix::concat)).toList();
    }

    /** True for {@code allow-*}, false for {@code deny-*}. */
    public boolean allow() {
        return flag.startsWith("allow-");
    }

    /** The permission family: {@code fs}, {@code net}, {@code env}, {@code run}, {@code ffi}, {@code sys} or {@code user}. */
    public String permission() {
        return familyOf(flag);
    }

    /** True when the flag carried a value. */
    public boolean hasValue() {
        return !value.isEmpty();
    }

    private static String familyOf(String flag) {
        String family = flag.startsWith("allow-") ? flag.substring(6)
                : flag.startsWith("deny-") ? flag.substring(5) : null;
        return family != null && PERMISSIONS.contains(family) ? family : null;
    }
}
