package org.runavm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runavm.boot.RunaFramework;
import org.runavm.kernel.RunaVm;
import org.runavm.kernel.RunaVmFactory;
import org.runavm.kernel.VmStreams;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.compile.SourceFile;
import org.runavm.kernel.config.Size;
import org.runavm.kernel.config.VmConfig;
import org.runavm.kernel.exec.ExecutionResult;

/**
 * Per-VM memory limits are exact and isolated: a hundred VMs in one JVM, each with a 16 MB heap,
 * each running an allocation bomb, all catch their OutOfMemoryError inside Runa and recover, and
 * the host JVM's own heap stays bounded by the sum of their limits.
 */
class ManyVmsTest {
    private static final int VMS = 100;
    private static final String BOMB = """
            Let hoard = []
            Let rounds = 0
            Try
                While true
                    hoard.add("x".repeat(4096))
                    rounds += 1
                End While
            Catch e as OutOfMemoryError
                Set hoard to null
                Display "caught " + e.type
            End Try
            Let after = []
            For i from 1 to 100
                after.add("fine " + i)
            End For
            Display after.length()
            Display rounds > 1000
            """;

    @TempDir
    Path cache;

    @Test
    void aHundredAllocationBombsEachHitTheirOwnLimitAndRecover() throws Exception {
        try (RunaFramework framework = Distributions.boot("standard", cache)) {
            RunaVmFactory factory = framework.context().getService(
                    framework.context().getServiceReference(RunaVmFactory.class));
            VmConfig config = VmConfig.builder().gcInitialHeap(Size.MIB).gcMaxHeap(16 * Size.MIB).build();
            Runtime jvm = Runtime.getRuntime();
            System.gc();
            long before = jvm.totalMemory() - jvm.freeMemory();
            List<RunaVm> vms = new ArrayList<>();
            try {
                for (int i = 0; i < VMS; i++) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    ByteArrayOutputStream err = new ByteArrayOutputStream();
                    RunaVm vm = factory.create(config, new VmStreams(new ByteArrayInputStream(new byte[0]),
                            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
                    vms.add(vm); // every VM stays alive until the end: their heaps coexist
                    ProgramImage program = vm.compile(new SourceFile("bomb.runa", BOMB));
                    ExecutionResult result = vm.run(program, List.of());
                    assertEquals(0, result.exitStatus(), "VM " + i + ": " + err.toString(StandardCharsets.UTF_8));
                    assertEquals("caught OutOfMemoryError\n100\ntrue\n", out.toString(StandardCharsets.UTF_8), "VM " + i);
                    assertTrue(vm.heapStats().maxBytes() <= 16 * Size.MIB);
                }
                System.gc();
                long during = jvm.totalMemory() - jvm.freeMemory();
                long bound = VMS * 16 * Size.MIB + 256 * Size.MIB;
                assertTrue(during - before < bound, "JVM heap grew by " + (during - before) / Size.MIB + " MiB with "
                        + VMS + " VMs alive; bound " + bound / Size.MIB + " MiB");
            } finally {
                vms.forEach(RunaVm::close);
            }
            System.gc();
            long after = jvm.totalMemory() - jvm.freeMemory();
            assertTrue(after - before < 128 * Size.MIB, "closed VMs release their heaps: " + (after - before) / Size.MIB + " MiB left");
        }
    }
}
