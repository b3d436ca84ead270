package org.runavm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.runavm.boot.RunaFramework;
import org.runavm.kernel.RunaVm;
import org.runavm.kernel.RunaVmFactory;
import org.runavm.kernel.VmStreams;
import org.runavm.kernel.compile.SourceFile;
import org.runavm.kernel.config.JitMode;
import org.runavm.kernel.config.VmConfig;

/**
 * The JIT's tier is obtained (and so activated, with its background warm-up) only by a VM that
 * compiles: a runtime whose programs run with {@code --jit off} never starts it.
 */
class TierActivationTest {
    @TempDir
    Path cache;

    @Test
    void onlyAVmWithTheJitOnActivatesTheTier() throws Exception {
        try (RunaFramework framework = Distributions.boot("standard", cache)) {
            BundleContext context = framework.context();
            RunaVmFactory factory = context.getService(context.getServiceReference(RunaVmFactory.class));
            ServiceReference<?>[] tiers = context.getServiceReferences("org.runavm.kernel.exec.TierCompiler", null);
            assertEquals(1, tiers.length);
            assertEquals(List.of("baseline"), factory.describe().tiers(), "named from its service property");
            assertNull(tiers[0].getUsingBundles(), "describing the runtime obtains no tier");

            assertEquals("3\n", run(factory, VmConfig.builder().jit(JitMode.OFF).build()));
            assertNull(tiers[0].getUsingBundles(), "a VM with the JIT off obtains no tier");

            assertEquals("3\n", run(factory, VmConfig.defaults()));
            assertNotNull(tiers[0].getUsingBundles(), "a VM with the JIT on obtains the tier");
        }
    }

    private static String run(RunaVmFactory factory, VmConfig config) throws Exception {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        try (RunaVm vm = factory.create(config, new VmStreams(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true), new PrintStream(err, true)))) {
            var result = vm.run(vm.compile(new SourceFile("sum.runa", "Display 1 + 2\n")), List.of());
            assertEquals(0, result.exitStatus(), err.toString());
        }
        return out.toString();
    }
}
