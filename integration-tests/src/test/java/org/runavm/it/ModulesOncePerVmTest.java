package org.runavm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runavm.boot.RunaFramework;
import org.runavm.kernel.RunaVm;
import org.runavm.kernel.RunaVmFactory;
import org.runavm.kernel.VmStreams;
import org.runavm.kernel.compile.SourceFile;
import org.runavm.kernel.config.VmConfig;
import org.runavm.kernel.exec.ExecutionResult;

/**
 * "A module runs once per VM" (language.md §8) through the embedding API: two programs run in one
 * VM import the same Runa module; its top level runs for the first only, its state carries over, and
 * a closure the first program left with it still runs in the second after a collection. A second VM
 * runs the module afresh.
 */
class ModulesOncePerVmTest {
    private static final String COUNTER = """
            Display "counter loaded"
            Let count = 0
            Let kept = []
            Process called next() returns Integer
                count += 1
                Return count
            End Process
            Process called keep(f)
                kept.add(f)
            End Process
            Process called call_kept()
                For each f in kept
                    Display f()
                End For
            End Process
            """;
    private static final String FIRST = """
            Import "counter.runa" as c
            Display c.next()
            Let mine = "a global of the first run"
            c.keep(() => "kept from the first run")
            c.keep(() => mine)
            """;
    private static final String SECOND = """
            Import "counter.runa" as c
            Runtime.collect()
            Display c.next()
            c.call_kept()
            """;

    @TempDir
    Path cache;

    @TempDir
    Path programs;

    @Test
    void twoProgramsInOneVmShareTheModuleWhichRunsOnce() throws Exception {
        Files.writeString(programs.resolve("counter.runa"), COUNTER);
        try (RunaFramework framework = Distributions.boot("standard", cache)) {
            RunaVmFactory factory = framework.context().getService(
                    framework.context().getServiceReference(RunaVmFactory.class));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            VmStreams streams = new VmStreams(new ByteArrayInputStream(new byte[0]),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            try (RunaVm vm = factory.create(VmConfig.builder().build(), streams)) {
                assertEquals(0, run(vm, "first.runa", FIRST), err.toString(StandardCharsets.UTF_8));
                assertEquals("counter loaded\n1\n", out.toString(StandardCharsets.UTF_8));
                out.reset();
                assertEquals(0, run(vm, "second.runa", SECOND), err.toString(StandardCharsets.UTF_8));
                // the first run's globals ended with it: its closure reads null there
                assertEquals("2\nkept from the first run\nnull\n", out.toString(StandardCharsets.UTF_8));
            }
            out.reset();
            try (RunaVm other = factory.create(VmConfig.builder().build(), streams)) {
                assertEquals(0, run(other, "second.runa", SECOND), err.toString(StandardCharsets.UTF_8));
                assertEquals("counter loaded\n1\n", out.toString(StandardCharsets.UTF_8));
            }
        }
    }

    private int run(RunaVm vm, String name, String source) throws Exception {
        ExecutionResult result = vm.run(vm.compile(new SourceFile(programs.resolve(name).toString(), source)),
                List.of());
        return result.exitStatus();
    }
}
