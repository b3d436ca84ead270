package org.runavm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.runavm.boot.RunaFramework;
import org.runavm.kernel.RunaVm;
import org.runavm.kernel.RunaVmFactory;
import org.runavm.kernel.config.VmConfig;
import org.runavm.kernel.module.NativeModule;
import org.runavm.stdlib.testkit.ModuleHarness;

/**
 * Bundles are stopped, updated and started in a running framework, and the kernel follows: no
 * framework restart, the same factory service, and VMs created afterwards bind the new implementation.
 */
class HotSwapTest {
    @TempDir
    Path cache;

    @Test
    void updatingANativeModuleBundleRebindsTheKernelWithoutARestart() throws Exception {
        try (RunaFramework framework = Distributions.boot("standard", cache)) {
            BundleContext context = framework.context();
            ServiceReference<RunaVmFactory> factoryReference = context.getServiceReference(RunaVmFactory.class);
            RunaVmFactory factory = context.getService(factoryReference);
            assertFalse(factory.describe().modules().containsKey("greeting"));

            Bundle greeting = context.installBundle("test:greeting", StandInBundles.greeting("1.0.0", "hello from one"));
            greeting.start();
            assertEquals("1.0.0", factory.describe().modules().get("greeting"));
            assertEquals("hello from one", greetingOf(context));

            try (RunaVm before = factory.create(VmConfig.defaults())) {
                greeting.update(StandInBundles.greeting("2.0.0", "hello from two"));
                assertEquals(Bundle.ACTIVE, greeting.getState());
                assertEquals("2.0.0", factory.describe().modules().get("greeting"), "the kernel rebound the module");
                assertEquals("hello from two", greetingOf(context));
                assertNotNull(before.heapStats(), "a VM created before the swap keeps running");
            }
            assertSame(factory, context.getService(context.getServiceReference(RunaVmFactory.class)),
                    "the factory was not restarted");
            assertEquals(factoryReference.getProperty("service.id"),
                    context.getServiceReference(RunaVmFactory.class).getProperty("service.id"));
            try (RunaVm after = factory.create(VmConfig.defaults())) {
                assertNotNull(after.heapStats(), "a VM created after the swap starts");
            }

            greeting.stop();
            assertFalse(factory.describe().modules().containsKey("greeting"), "a stopped module is unbound");
            greeting.start();
            assertEquals("2.0.0", factory.describe().modules().get("greeting"));
        }
    }

    @Test
    void stoppingTheOnlyEngineWithdrawsTheFactoryAndStartingItBringsItBack() throws Exception {
        try (RunaFramework framework = Distributions.boot("standard", cache)) {
            BundleContext context = framework.context();
            Bundle engine = Arrays.stream(context.getBundles())
                    .filter(b -> "org.runavm.engine.interpreter".equals(b.getSymbolicName()))
                    .findFirst().orElseThrow();
            assertNotNull(context.getServiceReference(RunaVmFactory.class));
            engine.stop();
            assertNull(context.getServiceReference(RunaVmFactory.class), "no VM can be made without an engine");
            engine.start();
            ServiceReference<RunaVmFactory> back = context.getServiceReference(RunaVmFactory.class);
            assertNotNull(back, "the factory is back with its engine");
            try (RunaVm vm = context.getService(back).create(VmConfig.defaults())) {
                assertTrue(context.getService(back).describe().engines().contains("interpreter"));
                assertNotNull(vm.heapStats());
            }
        }
    }

    /** Calls the currently registered greeting module's {@code hello()} the way an engine would bind it. */
    private static String greetingOf(BundleContext context) throws Exception {
        var references = context.getServiceReferences(NativeModule.class, "(" + NativeModule.NAME_PROPERTY + "=greeting)");
        assertEquals(1, references.size(), "exactly one greeting module is registered");
        NativeModule module = context.getService(references.iterator().next());
        return (String) ModuleHarness.of(module).call("hello");
    }
}
