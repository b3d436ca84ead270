package org.runavm.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.runavm.kernel.config.CollectorChoice;
import org.runavm.kernel.config.DistributionDefaults;
import org.runavm.kernel.config.JitMode;
import org.runavm.kernel.config.PermissionFlag;
import org.runavm.kernel.config.Size;

/** Actions, program arguments and every command-line error of runavm. */
class LaunchParserTest {
    private static LaunchRequest parse(String... args) throws UsageException {
        return OptionCatalogTest.parse(args);
    }

    private static String error(String... args) {
        UsageException e = assertThrows(UsageException.class, () -> parse(args));
        assertEquals(2, e.exitStatus());
        return e.getMessage();
    }

    @Test
    void runsAProgramWithItsArgumentsUntouched() throws UsageException {
        LaunchRequest r = parse("--gc-max-heap=1g", "prog.runa", "--gc-log", "-x", "--", "@file", "--jit=fast");
        assertEquals(Tool.RUNAVM, r.tool());
        assertEquals(Action.RUN, r.action());
        assertEquals(Optional.of(Path.of("prog.runa")), r.program());
        assertEquals(List.of("--gc-log", "-x", "--", "@file", "--jit=fast"), r.programArguments());
        assertEquals(false, r.config().gcLog());
        assertEquals(Size.GIB, r.config().gcMaxHeap());
    }

    @Test
    void aVmFlagAfterTheProgramBelongsToTheProgram() throws UsageException {
        LaunchRequest r = parse("prog.runa", "--gc-log");
        assertEquals(List.of("--gc-log"), r.programArguments());
        assertEquals(false, r.config().gcLog());
    }

    @Test
    void doubleDashEndsTheOptions() throws UsageException {
        LaunchRequest r = parse("--sandbox", "--", "prog.runab", "a");
        assertEquals(Optional.of(Path.of("prog.runab")), r.program());
        assertEquals(List.of("a"), r.programArguments());
    }

    @Test
    void theSeedsExamplesParse() throws UsageException {
        assertEquals(JitMode.ON, parse("--jit=on", "--jit-threshold=1000", "my_program.runab").config().jit());
        LaunchRequest sandboxed = parse("--sandbox", "--allow-fs=read:/data", "--allow-net=localhost:8080",
                "my_program.runab");
        assertEquals(List.of(new PermissionFlag("allow-fs", "read:/data"),
                new PermissionFlag("allow-net", "localhost:8080")), sandboxed.config().permissions());
        LaunchRequest embedded = parse("--embedded", "--memory-limit=16m", "--no-jit", "app.runab");
        assertTrue(embedded.config().sandbox());
        assertEquals(CollectorChoice.COMPACT, embedded.config().collector());
        assertEquals(16 * Size.MIB, embedded.config().gcMaxHeap());
        assertEquals(JitMode.OFF, embedded.config().jit());
        assertTrue(parse("--profile-gen", "my_program.runab").config().profileGen().enabled());
        assertEquals(Optional.of(Path.of("app.snapshot")), parse("--load-snapshot=app.snapshot",
                "my_program.runab").config().loadSnapshot());
    }

    @Test
    void permissionFlagsRepeatAndKeepTheirOrder() throws UsageException {
        LaunchRequest r = parse("--allow-fs=read:/data", "--deny-fs", "/data/secret", "--allow-fs", "write:/tmp",
                "p.runab");
        assertEquals(List.of(new PermissionFlag("allow-fs", "read:/data"), new PermissionFlag("deny-fs", "/data/secret"),
                new PermissionFlag("allow-fs", "write:/tmp")), r.config().permissions());
    }

    @Test
    void actions() throws UsageException {
        assertEquals(Action.HELP, parse("--help").action());
        assertEquals(Action.HELP, parse("--gc-max-heap=1g", "--help").action());
        assertEquals(Action.VERSION, parse("--version").action());
        LaunchRequest repl = parse("--interactive", "--jit=off");
        assertEquals(Action.INTERACTIVE, repl.action());
        assertEquals(Optional.empty(), repl.program());
        for (String[] args : List.of(new String[] {"--disassemble", "a.runab"}, new String[] {"--disassemble=a.runab"})) {
            LaunchRequest r = parse(args);
            assertEquals(Action.DISASSEMBLE, r.action());
            assertEquals(Optional.of(Path.of("a.runab")), r.program());
        }
        for (String[] args : List.of(new String[] {"--verify", "a.runab"}, new String[] {"--verify=a.runab"})) {
            assertEquals(Action.VERIFY, parse(args).action());
        }
    }

    @Test
    void configFlagTakesBothSpellings(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.json");
        java.nio.file.Files.writeString(file, "{\"gc-max-heap\": \"64m\"}");
        assertEquals(64 * Size.MIB, parse("--config", file.toString(), "p.runab").config().gcMaxHeap());
        assertEquals(64 * Size.MIB, parse("--config=" + file, "p.runab").config().gcMaxHeap());
        assertEquals(Optional.of(file), parse("--config=" + file, "p.runab").config().configFile());
    }

    @Test
    void unknownFlagsSuggestTheClosest() {
        assertEquals("unknown option '--gc-max-heep' (did you mean --gc-max-heap?)", error("--gc-max-heep=1g", "p.runab"));
        assertEquals("unknown option '--sandbx' (did you mean --sandbox?)", error("--sandbx", "p.runab"));
        assertEquals("unknown option '--frobnicate'", error("--frobnicate", "p.runab"));
        assertEquals("unknown option '-x'", error("-x", "p.runab"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --gc-max-heap=12x | --gc-max-heap: invalid size '12x' (expected a number with an optional k, m or g suffix, e.g. 128m)
            --optimize=4 | --optimize: value 4 is out of range (expected from 0 to 3)
            --jit=fast | --jit: invalid value 'fast' (expected one of: off, on, aggressive)
            --threads=-1 | --threads: value -1 is out of range (expected from 1 to 4096)
            --threads=0 | --threads: value 0 is out of range (expected from 1 to 4096)
            --threads=many | --threads: invalid number 'many'
            --memory-model=huge | --memory-model: invalid value 'huge' (expected one of: standard, constrained, server, custom)
            --gc=mark-sweep | --gc: invalid value 'mark-sweep' (expected one of: generational, compact)
            --log-level=verbose | --log-level: invalid value 'verbose' (expected one of: error, warn, info, debug, trace)
            --compat-mode=loose | --compat-mode: invalid value 'loose' (expected one of: standard, strict)
            --gc-collection-threshold=101 | --gc-collection-threshold: value 101 is out of range (expected from 1 to 100)
            --monitoring-port=70000 | --monitoring-port: value 70000 is out of range (expected from 1 to 65535)
            --execution-timeout=0 | --execution-timeout: value 0 is out of range (expected at least 1)
            --instruction-limit=-3 | --instruction-limit: value -3 is out of range (expected at least 1)
            --jit-threshold=0 | --jit-threshold: value 0 is out of range (expected at least 1)
            --snapshot-main=1st | --snapshot-main: invalid process name '1st'
            --gc-log=yes | --gc-log: takes no value (got 'yes')
            --allow-sys=os | --allow-sys: takes no value (got 'os')
            --allow-fs= | --allow-fs: needs a value (e.g. --allow-fs=read:/data)
            --audit-log= | --audit-log: needs a file name
            """)
    void badValuesNameTheFlag(String arg, String message) {
        assertEquals(message, error(arg, "p.runab"));
    }

    @Test
    void spacedBadValuesAreReportedTheSame() {
        assertEquals("--threads: value -1 is out of range (expected from 1 to 4096)", error("--threads", "-1", "p.runab"));
        assertEquals("--optimize: value 4 is out of range (expected from 0 to 3)", error("--optimize", "4", "p.runab"));
    }

    @Test
    void missingValues() {
        assertEquals("--gc-max-heap: missing value", error("--gc-max-heap"));
        assertEquals("--jit: missing value", error("--jit", "--gc-log", "p.runab"));
        assertEquals("--config: missing value", error("--config"));
        assertEquals("--verify: missing value", error("--verify"));
    }

    @Test
    void combinationsAreChecked() {
        assertEquals("--gc-initial-heap: 2g is larger than the maximum heap 1g (--gc-max-heap)",
                error("--gc-initial-heap=2g", "--gc-max-heap=1g", "p.runab"));
        assertEquals("--gc-young-size: 1g must be smaller than the maximum heap 1g (--gc-max-heap)",
                error("--gc-young-size=1g", "--gc-max-heap=1g", "p.runab"));
        assertEquals("--no-jit: conflicts with --jit on", error("--no-jit", "--jit=on", "p.runab"));
        assertEquals("--snapshot-main: needs --create-snapshot FILE", error("--snapshot-main=init", "p.runab"));
        assertEquals("--jit: given more than once", error("--jit=on", "--jit=off", "p.runab"));
        assertEquals("--verify: cannot be combined with --interactive", error("--interactive", "--verify=a.runab"));
    }

    @Test
    void programErrors() {
        assertTrue(error().startsWith("missing program (usage: runavm [options]"));
        assertTrue(error("--gc-log").startsWith("missing program"));
        assertEquals("program 'prog.txt': expected a .runab or .runa file", error("prog.txt"));
        assertEquals("unexpected argument 'b.runab' (--verify takes one FILE)", error("--verify", "a.runab", "b.runab"));
        assertEquals("unexpected argument 'p.runab' (--interactive takes no program)", error("--interactive", "p.runab"));
    }

    @Test
    void theDistributionSuppliesTheLowestLayer() throws UsageException {
        LaunchParser embedded = new LaunchParser(Map.of(), DistributionDefaults.EMBEDDED);
        LaunchRequest r = embedded.parse(Tool.RUNAVM, "p.runab");
        assertTrue(r.config().sandbox());
        assertEquals(16 * Size.MIB, r.config().gcMaxHeap());
        assertEquals(8 * Size.MIB, embedded.parse(Tool.RUNAVM, "--gc-max-heap=8m", "p.runab").config().gcMaxHeap());
    }
}
