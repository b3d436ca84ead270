package org.runavm.kernel.security;

import java.util.Objects;

/**
 * One permission flag as the user wrote it, before its SPEC is parsed: {@code --allow-fs=read:/data}
 * is {@code ("allow-fs", "read:/data")}; a bare {@code --allow-run} is {@code ("allow-run", null)}.
 *
 * @param flag  the flag name, with or without the leading dashes: {@code allow-fs}, {@code allow-net},
 *              {@code allow-run}, {@code allow-env}, {@code allow-sys}, {@code allow-user},
 *              {@code allow-ffi} or a {@code deny-} counterpart
 * @param value the SPEC after {@code =}, or {@code null} when the flag has none
 */
public record SecurityFlag(String flag, String value) {

    public SecurityFlag {
        Objects.requireNonNull(flag, "flag");
        while (flag.startsWith("-")) {
            flag = flag.substring(1);
        }
    }

    /** A flag without a value, e.g. {@code --allow-sys}. */
    public static SecurityFlag of(String flag) {
        return new SecurityFlag(flag, null);
    }

    /** A flag with a value, e.g. {@code --allow-fs=/data}. */
    public static SecurityFlag of(String flag, String value) {
        return new SecurityFlag(flag, value);
    }

    /** The flag as it is written on a command line, e.g. {@code --allow-fs=read:/data}. */
    @Override
    public String toString() {
        return value == null ? "--" + flag : "--" + flag + "=" + value;
    }
}
