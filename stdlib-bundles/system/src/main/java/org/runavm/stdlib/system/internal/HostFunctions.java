package org.runavm.stdlib.system.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.Supplier;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.security.Permission;

/**
 * Facts about the host ({@code sys}: {@code os_name}, {@code os_version}, {@code os_arch},
 * {@code cpu_count}, {@code hostname}) and the user ({@code user}: {@code user_name}, {@code home_dir}).
 * The permission target names the fact, as {@code security.md} lists them.
 */
final class HostFunctions {
    private HostFunctions() {
    }

    static void define(ModuleDefinition d) {
        text(d, "os_name", Permission.SYS, "os", () -> System.getProperty("os.name"));
        text(d, "os_version", Permission.SYS, "os", () -> System.getProperty("os.version"));
        text(d, "os_arch", Permission.SYS, "os", () -> System.getProperty("os.arch"));
        text(d, "hostname", Permission.SYS, "hostname", HostFunctions::hostname);
        text(d, "user_name", Permission.USER, "name", () -> System.getProperty("user.name"));
        text(d, "home_dir", Permission.USER, "home", () -> System.getProperty("user.home"));
        d.function("cpu_count", 0, 0, call -> {
            call.environment().security().require(Permission.SYS, "cpu");
            call.returnInteger(Runtime.getRuntime().availableProcessors());
        });
    }

    private static void text(ModuleDefinition d, String name, Permission permission, String target,
                             Supplier<String> fact) {
        d.function(name, 0, 0, call -> {
            call.environment().security().require(permission, target);
            String value = fact.get();
            call.returnText(value == null ? "" : value);
        });
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost"; // a host without a resolvable name still has the loopback name
        }
    }
}
