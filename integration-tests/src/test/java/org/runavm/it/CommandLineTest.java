package org.runavm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The distribution jars as users run them: separate processes, real exit statuses and output. */
class CommandLineTest extends CommandTestSupport {
    @Test
    void versionNamesTheVmTheFormatTheDistributionAndItsBundles() throws Exception {
        CommandRun run = CommandRun.of("standard", "runavm", work, env, "--version");
        assertEquals(0, run.exitStatus(), run.stderr());
        assertTrue(run.stdout().startsWith("runavm 0.1.0"), run.stdout());
        assertTrue(run.stdout().contains("bytecode format 1.2"), run.stdout());
        assertTrue(run.stdout().contains("distribution: standard"), run.stdout());
        assertTrue(run.stdout().contains("org.runavm.kernel 0.1.0"), run.stdout());
        assertTrue(run.stdout().contains("org.apache.felix.scr 2.2.14"), run.stdout());
    }

    @Test
    void helpListsEveryFlagOfTheCommandLineSpecification() throws Exception {
        CommandRun run = CommandRun.of("standard", "runavm", work, env, "--help");
        assertEquals(0, run.exitStatus(), run.stderr());
        for (String flag : List.of("--help", "--version", "--config", "--memory-model", "--gc-initial-heap", "--gc-max-heap",
                "--gc-young-size", "--gc-collection-threshold", "--memory-limit", "--gc-log", "--gc", "--jit", "--no-jit",
                "--jit-threshold", "--threads", "--optimize", "--use-aot", "--profile-gen", "--profile-use", "--sandbox",
                "--security-policy", "--allow-fs", "--allow-net", "--allow-env", "--allow-run", "--allow-ffi", "--allow-sys",
                "--allow-user", "--deny-", "--audit-log", "--execution-timeout", "--instruction-limit", "--debug",
                "--log-level", "--profile-cpu", "--profile-memory", "--create-snapshot", "--snapshot-main",
                "--load-snapshot", "--compat-mode", "--validate-portability", "--embedded", "--monitoring-port",
                "--interactive", "--disassemble", "--verify", "RUNAVM_LIBRARY_PATH", "RUNAVM_MEMORY_MAX")) {
            assertTrue(run.stdout().contains(flag), "--help mentions " + flag);
        }
    }

    @Test
    void aBadSizeExitsTwoNamingTheFlag() throws Exception {
        Path program = Files.writeString(work.resolve("hello.runa"), "Display \"Hello\"\n");
        CommandRun run = CommandRun.of("standard", "runavm", work, env, "--gc-max-heap=12x", program.toString());
        assertEquals(2, run.exitStatus(), run.stdout() + run.stderr());
        assertTrue(run.stderr().contains("--gc-max-heap"), run.stderr());
        assertNoJavaStackTrace(run);
    }

    @Test
    void anUnknownFlagExitsTwo() throws Exception {
        CommandRun run = CommandRun.of("standard", "runavm", work, env, "--gc-max-hep=1g", "x.runa");
        assertEquals(2, run.exitStatus());
        assertTrue(run.stderr().contains("--gc-max-hep"), run.stderr());
        assertNoJavaStackTrace(run);
    }

    @Test
    void aMissingProgramExitsTwoNamingIt() throws Exception {
        CommandRun run = CommandRun.of("standard", "runavm", work, env, "no-such-program.runa");
        assertEquals(2, run.exitStatus(), run.stderr());
        assertTrue(run.stderr().contains("no-such-program.runa"), run.stderr());
        assertNoJavaStackTrace(run);
    }

    @Test
    void runaHasItsOwnHelp() throws Exception {
        CommandRun run = CommandRun.of("standard", "runa", work, env, "--help");
        assertEquals(0, run.exitStatus(), run.stderr());
        assertTrue(run.stdout().contains("runa compile"), run.stdout());
        assertTrue(run.stdout().contains("--no-debug-info"), run.stdout());
    }

    @Test
    void embeddedStartsAndReportsItself() throws Exception {
        CommandRun run = CommandRun.of("embedded", "runavm", work, env, "--version");
        assertEquals(0, run.exitStatus(), run.stderr());
        assertTrue(run.stdout().contains("distribution: embedded"), run.stdout());
        assertTrue(run.stdout().contains("org.runavm.gc.compact"), run.stdout());
        assertFalse(run.stdout().contains("org.runavm.gc.generational"), run.stdout());
    }

    static void assertNoJavaStackTrace(CommandRun run) {
        for (String output : List.of(run.stdout(), run.stderr())) {
            assertFalse(output.contains("\tat ") || output.contains("Exception in thread"), "no Java stack trace: " + output);
        }
    }
}
