package org.runavm.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.config.DistributionDefaults;

class RunaCommandLineTest {
    private static LaunchRequest parse(String... args) throws UsageException {
        return new LaunchParser(Map.of("RUNAVM_JIT", "fast"), DistributionDefaults.STANDARD).parse(Tool.RUNA, args);
    }

    private static String error(String... args) {
        return assertThrows(UsageException.class, () -> parse(args)).getMessage();
    }

    @Test
    void compileWithDefaults() throws UsageException {
        LaunchRequest r = parse("compile", "src/hello.runa");
        assertEquals(Tool.RUNA, r.tool());
        assertEquals(Action.COMPILE, r.action());
        assertEquals(Optional.of(Path.of("src/hello.runa")), r.program());
        assertEquals(CompileOptions.DEFAULT, r.compile());
        assertEquals(2, r.config().optimize());
        assertEquals(Path.of("src/hello.runab"), r.compile().outputFor(r.program().get()));
    }

    @Test
    void compileFlagsInBothSpellings() throws UsageException {
        for (String[] args : new String[][] {
                {"compile", "--output", "out/x.runab", "--optimize", "3", "--aot", "--no-debug-info", "x.runa"},
                {"compile", "--output=out/x.runab", "--optimize=3", "--aot", "--no-debug-info", "x.runa"}}) {
            LaunchRequest r = parse(args);
            assertEquals(Optional.of(Path.of("out/x.runab")), r.compile().output());
            assertEquals(Path.of("out/x.runab"), r.compile().outputFor(Path.of("x.runa")));
            assertEquals(3, r.config().optimize());
            assertTrue(r.compile().aot());
            assertFalse(r.compile().debugInfo());
        }
    }

    @Test
    void compileFlagsMayFollowTheSource() throws UsageException {
        LaunchRequest r = parse("compile", "x.runa", "--aot", "--optimize", "0");
        assertEquals(Optional.of(Path.of("x.runa")), r.program());
        assertTrue(r.compile().aot());
        assertEquals(0, r.config().optimize());
    }

    @Test
    void theEnvironmentDoesNotConfigureTheCompiler() throws UsageException {
        // RUNAVM_JIT=fast would be an error for runavm; runa does not read it.
        assertEquals(Action.COMPILE, parse("compile", "x.runa").action());
    }

    @Test
    void disassembleHelpAndVersion() throws UsageException {
        LaunchRequest d = parse("disassemble", "a.runab");
        assertEquals(Action.DISASSEMBLE, d.action());
        assertEquals(Optional.of(Path.of("a.runab")), d.program());
        assertEquals(Action.HELP, parse("--help").action());
        assertEquals(Action.VERSION, parse("--version").action());
        assertEquals(Action.HELP, parse("compile", "--help").action());
        assertEquals(Action.HELP, parse("disassemble", "--help").action());
    }

    @Test
    void errors() {
        assertEquals("--optimize: value 4 is out of range (expected from 0 to 3)", error("compile", "--optimize=4", "x.runa"));
        assertEquals("--optimize: invalid number 'max'", error("compile", "--optimize", "max", "x.runa"));
        assertEquals("--output: missing value", error("compile", "--output"));
        assertEquals("--aot: takes no value (got 'yes')", error("compile", "--aot=yes", "x.runa"));
        assertEquals("unknown option '--optimise' (did you mean --optimize?)", error("compile", "--optimise=2", "x.runa"));
        assertEquals("unknown option '--gc-log'", error("compile", "--gc-log", "x.runa"));
        assertTrue(error("compile").startsWith("missing FILE.runa"));
        assertEquals("source 'x.runab': expected a .runa file", error("compile", "x.runab"));
        assertEquals("unexpected argument 'y.runa' (only one FILE.runa)", error("compile", "x.runa", "y.runa"));
        assertTrue(error("disassemble").startsWith("missing FILE.runab"));
        assertTrue(error().startsWith("missing command"));
        assertTrue(error("compiel", "x.runa").startsWith("unknown command 'compiel' (did you mean compile?)"));
        assertEquals("unknown option '--verbose'", error("--verbose"));
    }
}
