package org.runavm.kernel.security;

import java.util.Locale;
import java.util.Optional;

/**
 * The capabilities a Runa program can be granted or denied. {@link #displayName()} is the name users
 * see in messages ({@code fs read denied: /etc/passwd}) and in audit records.
 */
public enum Permission {
    /** Reading a file or listing a directory; the target is a path. */
    FS_READ("fs read"),
    /** Creating, writing, moving or deleting a file or directory; the target is a path. */
    FS_WRITE("fs write"),
    /** Opening a network connection; the target is {@code host:port} ({@code [::1]:80} for IPv6). */
    NET_CONNECT("net connect"),
    /** Listening for network connections; the target is {@code host:port} ({@code [::]:80} for IPv6). */
    NET_LISTEN("net listen"),
    /** Starting a child process; the target is the program name or path. */
    PROCESS("process"),
    /** Reading an environment variable; the target is its name. */
    ENV("env"),
    /** System information; the target names it ({@code os}, {@code cpu}, {@code hostname} ...). */
    SYS("sys"),
    /** User data; the target names it ({@code name}, {@code home}). */
    USER("user"),
    /** The wall clock. Allowed unless a rule denies it, even in a sandbox. */
    TIME("time"),
    /** Entropy from the operating system. Allowed unless a rule denies it, even in a sandbox. */
    RANDOM("random"),
    /** Loading a foreign library; the target is the library name or path. */
    FFI("ffi"),
    /** Device files and hardware; granted by policy files only. */
    DEVICE("device");

    private final String displayName;

    Permission(String displayName) {
        this.displayName = displayName;
    }

    /** The user-facing name, e.g. {@code "fs read"}. */
    public String displayName() {
        return displayName;
    }

    /** True for the permissions whose target is a file system path. */
    public boolean isFileSystem() {
        return this == FS_READ || this == FS_WRITE;
    }

    /** True for the permissions whose target is {@code host:port}. */
    public boolean isNetwork() {
        return this == NET_CONNECT || this == NET_LISTEN;
    }

    /** True for the permissions a sandbox grants unless a rule denies them. */
    public boolean allowedByDefault() {
        return this == TIME || this == RANDOM;
    }

    /** The permission with this display name (or enum constant name), ignoring case. */
    public static Optional<Permission> byName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (Permission p : values()) {
            if (p.displayName.equals(wanted) || p.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return displayName;
    }
}
