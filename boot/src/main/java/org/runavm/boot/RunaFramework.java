package org.runavm.boot;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import java.util.jar.JarFile;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running OSGi framework holding one distribution's bundles. {@link Main} uses it to run a command;
 * embedders and integration tests use it to reach the services (and to stop, update or start bundles
 * while it runs).
 */
public final class RunaFramework implements AutoCloseable {
    /** Service property naming the command a {@code ToIntFunction<String[]>} command service runs. */
    public static final String COMMAND_PROPERTY = "runavm.command";
    /** Framework property with the running distribution's name ({@code standard}, {@code embedded} ...). */
    public static final String DISTRIBUTION_PROPERTY = "runavm.distribution";
    /** Framework property with the running distribution's version. */
    public static final String DISTRIBUTION_VERSION_PROPERTY = "runavm.distribution.version";
    /**
     * Framework property with the directory RunaVM's caches live in ({@code $RUNAVM_CACHE_DIR}, else
     * {@code $XDG_CACHE_HOME/runavm}, else {@code ~/.cache/runavm}): the launcher keeps compiled
     * programs there.
     */
    public static final String CACHE_DIRECTORY_PROPERTY = "runavm.cache.directory";
    /** Packages the class path provides to every bundle: the logging API, bound once, here. */
    static final String SYSTEM_PACKAGES_EXTRA =
            "org.slf4j;version=2.0.17,org.slf4j.event;version=2.0.17,org.slf4j.helpers;version=2.0.17,org.slf4j.spi;version=2.0.17,"
            // the JDK's HTTP server (module jdk.httpserver), for --monitoring-port
            + "com.sun.net.httpserver";
    private static final Logger LOG = LoggerFactory.getLogger(RunaFramework.class);
    private static final long SERVICE_WAIT_MS = 20_000;

    private final Distribution distribution;
    private final Framework framework;
    private final FrameworkCache cache;

    private RunaFramework(Distribution distribution, Framework framework, FrameworkCache cache) {
        this.distribution = distribution;
        this.framework = framework;
        this.cache = cache;
    }

    /**
     * Starts {@code distribution}'s framework: from its cache when an earlier run filled it, otherwise
     * by installing and starting every bundle of the jar.
     *
     * @param env the process environment (cache location)
     * @param properties extra framework properties; they override the defaults
     */
    public static RunaFramework boot(Distribution distribution, Map<String, String> env, Map<String, String> properties)
            throws BootException {
        long start = System.nanoTime();
        FrameworkCache cache;
        try {
            cache = FrameworkCache.acquire(distribution, env);
        } catch (IOException e) {
            throw new BootException("runavm: cannot create a framework storage: " + e.getMessage(), 2, e);
        }
        try {
            boolean reuse = cache.isFilled();
            RunaFramework booted = start(distribution, cache, properties, reuse);
            LOG.debug("framework of distribution {} started in {} ms (cache {})", distribution.name(),
                    (System.nanoTime() - start) / 1_000_000, reuse ? "reused" : "filled");
            return booted;
        } catch (BootException e) {
            closeQuietly(cache);
            throw e;
        }
    }

    private static RunaFramework start(Distribution distribution, FrameworkCache cache, Map<String, String> properties,
            boolean fromCache) throws BootException {
        Framework framework = newFramework(distribution, cache, properties, fromCache);
        try {
            framework.init();
            if (fromCache && installedBundleCount(framework) != distribution.bundleEntries().size()) {
                LOG.debug("cached framework does not match the distribution; reinstalling");
                stopQuietly(framework);
                cache.clear();
                return start(distribution, cache, properties, false);
            }
            List<Bundle> installed = fromCache ? List.of() : install(distribution, framework.getBundleContext());
            framework.start();
            for (Bundle bundle : installed) {
                if (!isFragment(bundle)) {
                    bundle.start();
                }
            }
            checkAllActive(distribution, framework);
            if (!fromCache) {
                cache.markFilled();
                cache.pruneSiblings(distribution);
            }
            return new RunaFramework(distribution, framework, cache);
        } catch (BundleException e) {
            stopQuietly(framework);
            if (fromCache) {
                return restartClean(distribution, cache, properties);
            }
            throw new BootException("runavm: distribution '" + distribution.name() + "' cannot start: " + e.getMessage(), 2, e);
        } catch (IOException e) {
            stopQuietly(framework);
            throw new BootException("runavm: distribution '" + distribution.name() + "' cannot start: " + e.getMessage(), 2, e);
        }
    }

    private static RunaFramework restartClean(Distribution distribution, FrameworkCache cache, Map<String, String> properties)
            throws BootException {
        try {
            cache.clear();
        } catch (IOException e) {
            throw new BootException("runavm: cannot clear the framework cache " + cache.storage() + ": " + e.getMessage(), 2, e);
        }
        return start(distribution, cache, properties, false);
    }

    private static Framework newFramework(Distribution distribution, FrameworkCache cache, Map<String, String> properties,
            boolean fromCache) {
        Map<String, Object> config = new HashMap<>();
        config.put(DISTRIBUTION_PROPERTY, distribution.name());
        config.put(DISTRIBUTION_VERSION_PROPERTY, distribution.version());
        config.put(CACHE_DIRECTORY_PROPERTY, cache.root().toString());
        config.put(Constants.FRAMEWORK_STORAGE, cache.storage().toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, fromCache ? "none" : Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, SYSTEM_PACKAGES_EXTRA);
        config.put("felix.log.logger", new FelixLogBridge());
        config.put("felix.log.level", Integer.toString(FelixLogBridge.felixLevel()));
        config.putAll(properties);
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class, RunaFramework.class.getClassLoader())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"));
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map<String, String> felixConfig = (Map) config; // Felix accepts object values such as the logger
        return factory.newFramework(felixConfig);
    }

    private static List<Bundle> install(Distribution distribution, BundleContext context) throws IOException, BundleException {
        List<Bundle> bundles = new ArrayList<>();
        try (JarFile jar = new JarFile(distribution.jar().toFile())) {
            for (String entry : distribution.bundleEntries()) {
                try (InputStream in = distribution.openBundle(jar, entry)) {
                    bundles.add(context.installBundle("runavm:" + distribution.name() + "/" + entry, in));
                }
            }
        }
        return bundles;
    }

    private static int installedBundleCount(Framework framework) {
        return framework.getBundleContext().getBundles().length - 1; // minus the system bundle
    }

    private static boolean isFragment(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        return revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
    }

    /** A distribution with a bundle that did not start is broken; say which and why. */
    private static void checkAllActive(Distribution distribution, Framework framework) throws BundleException {
        for (Bundle bundle : framework.getBundleContext().getBundles()) {
            if (bundle.getBundleId() != 0 && !isFragment(bundle) && bundle.getState() != Bundle.ACTIVE) {
                bundle.start(); // throws the framework's reason (e.g. an unresolved requirement)
            }
        }
    }

    public Distribution distribution() {
        return distribution;
    }

    public BundleContext context() {
        return framework.getBundleContext();
    }

    public Framework framework() {
        return framework;
    }

    /**
     * The command service named {@code name}, waiting for Declarative Services to activate it.
     *
     * @throws BootException when no bundle provides it in time
     */
    @SuppressWarnings("unchecked")
    public ToIntFunction<String[]> command(String name) throws BootException {
        Filter filter;
        try {
            filter = FrameworkUtil.createFilter("(&(" + Constants.OBJECTCLASS + "=" + ToIntFunction.class.getName() + ")("
                    + COMMAND_PROPERTY + "=" + name + "))");
        } catch (InvalidSyntaxException e) {
            throw new BootException("runavm: invalid command name '" + name + "'", 2, e);
        }
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context(), filter, null);
        tracker.open();
        try {
            Object service = tracker.waitForService(SERVICE_WAIT_MS);
            if (service == null) {
                throw new BootException("runavm: distribution '" + distribution.name() + "' provides no '" + name
                        + "' command (is its launcher bundle missing or unsatisfied?)", 2);
            }
            return (ToIntFunction<String[]>) service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BootException("runavm: interrupted while starting", 2, e);
        } finally {
            tracker.close();
        }
    }

    @Override
    public void close() {
        stopQuietly(framework);
        closeQuietly(cache);
    }

    private static void stopQuietly(Framework framework) {
        try {
            framework.stop();
            framework.waitForStop(TimeUnit.SECONDS.toMillis(10));
        } catch (BundleException | InterruptedException e) {
            LOG.debug("framework did not stop cleanly: {}", e.toString());
        }
    }

    private static void closeQuietly(FrameworkCache cache) {
        try {
            cache.close();
        } catch (IOException e) {
            LOG.debug("cannot release the framework cache: {}", e.toString());
        }
    }
}
