package org.runavm.stdlib.system.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runavm.kernel.security.Permission;
import org.runavm.stdlib.testkit.ModuleHarness;
import org.runavm.stdlib.testkit.TestEnvironment;

class ProcessRunnerTest {
    @TempDir
    Path dir;

    @Test
    void runCollectsExitStatusAndBothStreams() {
        ModuleHarness system = ModuleHarness.of(new SystemModule());
        Map<?, ?> result = (Map<?, ?>) system.call("run", List.of("sh", "-c", "echo out; echo err >&2; exit 3"));
        assertEquals(Map.of("exit", 3L, "stdout", "out\n", "stderr", "err\n"), result);
    }

    @Test
    void runUsesTheVmsDirectoryEnvironmentAndInput() {
        ModuleHarness system = TestEnvironment.unrestricted().withWorkingDirectory(dir)
                .withVariable("GREETING", "hi").withVariable("PATH", System.getenv("PATH"))
                .bind(new SystemModule());
        Map<?, ?> result = (Map<?, ?>) system.call("run", List.of("sh", "-c", "pwd; echo $GREETING; cat"), "from stdin");
        assertEquals(dir.toString() + "\nhi\nfrom stdin", result.get("stdout"));
    }

    @Test
    void largeOutputOnBothStreamsDoesNotDeadlock() {
        ModuleHarness system = ModuleHarness.of(new SystemModule());
        Map<?, ?> result = (Map<?, ?>) system.call("run",
                List.of("sh", "-c", "i=0; while [ $i -lt 20000 ]; do echo xxxxxxxxxx; echo yyyyyyyyyy >&2; i=$((i+1)); done"));
        assertEquals(220_000, ((String) result.get("stdout")).length());
        assertEquals(220_000, ((String) result.get("stderr")).length());
    }

    @Test
    void timeoutKillsTheChild() {
        ModuleHarness system = ModuleHarness.of(new SystemModule());
        assertEquals("system.run: sh did not finish within 100 ms",
                system.raises("TimeoutError", "run", List.of("sh", "-c", "sleep 30"), null, 100));
        assertEquals(Map.of("exit", 0L, "stdout", "done\n", "stderr", ""),
                system.call("run", List.of("sh", "-c", "echo done"), null, 60_000));
        system.raises("ValueError", "run", List.of("true"), null, -1);
    }

    @Test
    void deniedProgramIsNotStarted() {
        Path marker = dir.resolve("marker");
        ModuleHarness system = TestEnvironment.sandboxed().allow(Permission.PROCESS, "echo").bind(new SystemModule());
        assertEquals("process denied: sh", system.denied("run", List.of("sh", "-c", "touch " + marker)));
        assertFalse(Files.exists(marker));
    }

    @Test
    void badCommandsAreClearErrors() {
        ModuleHarness system = ModuleHarness.of(new SystemModule());
        assertEquals("system.run: the command list is empty", system.raises("ValueError", "run", List.of()));
        system.raises("TypeError", "run", List.of("sh", 1));
        system.raises("TypeError", "run", "sh -c true");
        assertTrue(system.raises("IOError", "run", List.of("/no/such/program"))
                .startsWith("system.run: cannot start /no/such/program: "));
    }
}
