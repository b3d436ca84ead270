package org.runavm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.runavm.boot.RunaFramework;
import org.runavm.kernel.RunaVmFactory;
import org.runavm.kernel.RuntimeDescription;
import org.runavm.kernel.compile.Compiler;
import org.runavm.kernel.exec.ExecutionEngine;
import org.runavm.kernel.heap.spi.Collector;
import org.runavm.kernel.loader.Loader;
import org.runavm.kernel.sched.SchedulerFactory;
import org.runavm.kernel.security.SecurityPolicyFactory;

/** Every distribution boots with every bundle active and every kernel service present and wired. */
class DistributionBootTest {
    @TempDir
    Path cache;

    @ParameterizedTest
    @ValueSource(strings = {"standard", "server", "embedded"})
    void everyBundleIsActiveAndEveryKernelServiceIsWired(String name) throws Exception {
        try (RunaFramework framework = Distributions.boot(name, cache)) {
            BundleContext context = framework.context();
            for (Bundle bundle : context.getBundles()) {
                assertEquals(Bundle.ACTIVE, bundle.getState(), bundle.getSymbolicName() + " is active");
            }
            for (Class<?> service : List.of(Loader.class, Compiler.class, ExecutionEngine.class, Collector.class,
                    SchedulerFactory.class, SecurityPolicyFactory.class)) {
                assertNotNull(context.getServiceReference(service), service.getSimpleName() + " is registered");
            }
            RunaVmFactory factory = service(context, RunaVmFactory.class);
            RuntimeDescription description = factory.describe();
            assertEquals("1.2", description.bytecodeFormat());
            assertEquals(List.of("interpreter"), description.engines());
            assertTrue(description.compiler(), "the compiler is bound");
            assertEquals(name.equals("embedded") ? List.of() : List.of("baseline"), description.tiers(),
                    "standard and server ship the baseline JIT tier, embedded interprets");
            assertEquals(name.equals("embedded") ? List.of("compact")
                    : name.equals("server") ? List.of("compact", "generational") : List.of("generational"),
                    description.collectors());
            assertEquals(!name.equals("embedded"), description.foreignFunctions(), "standard and server ship FFI");
            Set<String> modules = description.modules().keySet();
            assertEquals(name.equals("embedded") ? Set.of() : Set.of("collections", "concurrency", "crypto", "io", "math", "system",
                    "text", "time"),
                    modules, "the standard modules of the distribution");
            for (String command : List.of("runavm", "runa")) {
                assertFalse(context.getServiceReferences(ToIntFunction.class, "(runavm.command=" + command + ")").isEmpty(),
                        command + " command registered");
            }
        }
    }

    static <T> T service(BundleContext context, Class<T> type) {
        ServiceReference<T> reference = context.getServiceReference(type);
        assertNotNull(reference, type.getSimpleName() + " is registered");
        T service = context.getService(reference);
        assertNotNull(service, type.getSimpleName() + " is available");
        return service;
    }
}
