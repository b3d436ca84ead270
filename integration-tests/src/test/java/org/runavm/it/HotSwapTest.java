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

    /**
     * The JIT bundle stops while a program runs in compiled code (every function compiled at its first
     * call): the program goes on in the interpreter with the same frames and prints the same results,
     * later VMs have no tier, and starting the bundle again brings it back.
     */
    @Test
    void stoppingTheJitBundleMidRunLeavesTheProgramToTheInterpreter() throws Exception {
        try (RunaFramework framework = Distributions.boot("standard", cache)) {
            BundleContext context = framework.context();
            RunaVmFactory factory = context.getService(context.getServiceReference(RunaVmFactory.class));
            assertEquals(java.util.List.of("baseline"), factory.describe().tiers());
            Bundle jit = Arrays.stream(context.getBundles())
                    .filter(b -> "org.runavm.engine.jit".equals(b.getSymbolicName())).findFirst().orElseThrow();
            // standard input that stops the JIT bundle when the program asks for its line
            java.io.InputStream stdin = new java.io.InputStream() {
                private final java.io.InputStream line = new java.io.ByteArrayInputStream("go\n".getBytes());
                private boolean stopped;

                @Override
                public int read() throws java.io.IOException {
                    if (!stopped) {
                        stopped = true;
                        try {
                            jit.stop();
                        } catch (org.osgi.framework.BundleException e) {
                            throw new java.io.IOException(e);
                        }
                    }
                    return line.read();
                }
            };
            var out = new java.io.ByteArrayOutputStream();
            var err = new java.io.ByteArrayOutputStream();
            VmConfig config = VmConfig.builder().jit(org.runavm.kernel.config.JitMode.AGGRESSIVE).jitThreshold(1).build();
            try (RunaVm vm = factory.create(config, new org.runavm.kernel.VmStreams(stdin,
                    new java.io.PrintStream(out, true), new java.io.PrintStream(err, true)))) {
                var program = vm.compile(new org.runavm.kernel.compile.SourceFile("swap.runa", """
                        Process called fib(n as Integer) returns Integer
                            If n < 2
                                Return n
                            End If
                            Return fib(n - 1) + fib(n - 2)
                        End Process
                        Process called total(n as Integer) returns Integer
                            Let sum = 0
                            For i from 1 to n
                                sum += fib(i % 15)
                            End For
                            Return sum
                        End Process
                        Display total(2000)
                        Display input()
                        Display total(2000)
                        """));
                var result = vm.run(program, java.util.List.of());
                assertEquals(0, result.exitStatus(), err.toString());
                assertEquals("131150\ngo\n131150\n", out.toString());
            }
            assertEquals(Bundle.RESOLVED, jit.getState());
            assertEquals(java.util.List.of(), factory.describe().tiers(), "no tier while the bundle is stopped");
            jit.start();
            assertEquals(java.util.List.of("baseline"), factory.describe().tiers(), "the tier is back");
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
