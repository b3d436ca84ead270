package org.runavm.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HelpTextTest {
    /** Every flag of cli.md's runavm table and usage lines, and the seed's examples. */
    private static final List<String> CLI_MD_FLAGS = List.of("--help", "--version", "--config FILE", "--interactive",
            "--disassemble FILE", "--verify FILE", "--memory-model MODEL", "--gc-initial-heap SIZE",
            "--gc-max-heap SIZE", "--gc-young-size SIZE", "--gc-collection-threshold PERCENT", "--memory-limit SIZE",
            "--gc-log", "--gc COLLECTOR", "--jit MODE", "--no-jit", "--jit-threshold N", "--threads N",
            "--optimize LEVEL", "--use-aot", "--profile-gen[=FILE]", "--profile-use[=FILE]", "--sandbox",
            "--security-policy FILE", "--allow-fs SPEC", "--allow-net SPEC", "--allow-env[=NAME,...]",
            "--allow-run[=PROGRAM,...]", "--allow-ffi[=LIBRARY,...]", "--allow-sys", "--allow-user", "--deny-fs SPEC",
            "--deny-net SPEC", "--deny-env[=NAME,...]", "--deny-run[=PROGRAM,...]", "--deny-ffi[=LIBRARY,...]",
            "--deny-sys", "--deny-user", "--audit-log FILE", "--execution-timeout MS", "--instruction-limit N",
            "--debug", "--log-level LEVEL", "--profile-cpu[=FILE]", "--profile-memory[=FILE]",
            "--create-snapshot FILE", "--snapshot-main PROCESS", "--load-snapshot FILE", "--compat-mode MODE",
            "--validate-portability", "--embedded", "--monitoring-port PORT");

    private static final List<String> ENVIRONMENT = List.of("RUNAVM_HOME", "RUNAVM_LIBRARY_PATH", "RUNAVM_MEMORY_MAX",
            "RUNAVM_JIT", "RUNAVM_LOG_LEVEL", "RUNAVM_CONFIG", "RUNAVM_SECURITY_POLICY", "RUNAVM_CACHE_DIR",
            "RUNAVM_COMPILE_CACHE");

    @Test
    void runavmHelpListsEveryFlagOfCliMd() {
        String help = HelpText.of(Tool.RUNAVM);
        List<String> missing = new ArrayList<>();
        for (String flag : CLI_MD_FLAGS) {
            if (!Pattern.compile("^  " + Pattern.quote(flag) + "( |$)", Pattern.MULTILINE).matcher(help).find()) {
                missing.add(flag);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void runavmHelpListsOnlyFlagsItParses() throws UsageException {
        Matcher m = Pattern.compile("^  (--[a-z-]+)", Pattern.MULTILINE).matcher(HelpText.of(Tool.RUNAVM));
        int listed = 0;
        while (m.find()) {
            listed++;
            String flag = m.group(1);
            if (!List.of("--help", "--version", "--interactive", "--disassemble", "--verify", "--config").contains(flag)) {
                assertTrue(OptionCatalog.find(flag.substring(2)).isPresent(), flag);
            }
        }
        assertEquals(CLI_MD_FLAGS.size(), listed);
    }

    @Test
    void runavmHelpGroupsLikeCliMdAndListsEnvironmentAndExitCodes() {
        String help = HelpText.of(Tool.RUNAVM);
        int last = -1;
        for (String heading : List.of("Common:", "Memory:", "Performance:", "Security:", "Debugging:", "Startup:",
                "Portability:", "Deployment:", "Environment", "Exit status:")) {
            int at = help.indexOf("\n" + heading);
            assertTrue(at > last, heading);
            last = at;
        }
        ENVIRONMENT.forEach(v -> assertTrue(help.contains("\n  " + v + " "), v));
        for (int code = 0; code <= 5; code++) {
            assertTrue(help.contains("\n  " + code + " "), "exit status " + code);
        }
        help.lines().forEach(line -> assertTrue(line.length() <= 100, line));
    }

    @Test
    void runaHelpListsItsCommandsAndFlags() {
        String help = HelpText.of(Tool.RUNA);
        for (String s : List.of("runa compile", "runa disassemble", "--output FILE.runab", "--optimize", "--aot",
                "--no-debug-info", "--help", "--version", "\n  3 ")) {
            assertTrue(help.contains(s), s);
        }
    }

    @Test
    void versionNamesTheToolAndTheProjectVersion() {
        assertTrue(HelpText.version(Tool.RUNAVM).matches("runavm \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(Runa bytecode format "
                + "1\\.2, Java \\d+\\)"), HelpText.version(Tool.RUNAVM));
        assertTrue(HelpText.version(Tool.RUNA).startsWith("runa "));
    }
}
