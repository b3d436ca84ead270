package org.runavm.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.osgi.framework.Constants;
import org.runavm.boot.BootException;
import org.runavm.boot.Distribution;
import org.runavm.boot.HostExports;
import org.runavm.boot.RunaFramework;
import org.runavm.kernel.RunaVmFactory;

/** Where the built distribution jars are, and how a test boots one. */
public final class Distributions {
    public static final String[] NAMES = {"standard", "server", "embedded"};

    private Distributions() {
    }

    public static Path directory() {
        return Path.of(System.getProperty("runavm.distributions", "../distributions/target")).toAbsolutePath().normalize();
    }

    public static Path jar(String name) {
        Path jar = directory().resolve("runavm-" + name + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("distribution jar missing: " + jar + " (build with ./mvnw package)");
        }
        return jar;
    }

    /**
     * Boots {@code name} in this JVM with the kernel API exported from the test's class path, so the
     * test talks to the bundles through the same interface classes (as an embedder does).
     */
    public static RunaFramework boot(String name, Path cache) throws BootException {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("RUNAVM_CACHE_DIR", cache.toString());
        Map<String, String> properties = Map.of(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA,
                HostExports.systemPackagesExtra(HostExports.exportsOf(RunaVmFactory.class)));
        return RunaFramework.boot(Distribution.open(jar(name)), env, properties);
    }
}
