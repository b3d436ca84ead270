package org.runavm.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class FlagParserTest {
    private static final List<FlagDef> FLAGS = List.of(FlagDef.flag("log"), FlagDef.value("size"),
            new FlagDef("profile", ValueType.Arity.OPTIONAL, false), new FlagDef("allow", ValueType.Arity.REQUIRED, true));

    private static FlagParser.Result parse(boolean stop, String... args) throws UsageException {
        return new FlagParser(FLAGS, stop).parse(List.of(args));
    }

    @Test
    void recordsEveryOccurrenceInOrder() throws UsageException {
        FlagParser.Result r = parse(true, "--allow=a", "--log", "--size", "1", "--allow", "b", "prog", "--log");
        assertEquals(List.of(new FlagParser.Occurrence("allow", "a"), new FlagParser.Occurrence("log", null),
                new FlagParser.Occurrence("size", "1"), new FlagParser.Occurrence("allow", "b")), r.flags());
        assertEquals(List.of("prog", "--log"), r.positionals());
    }

    @Test
    void anOptionalValueNeedsTheEqualsSign() throws UsageException {
        assertEquals(List.of(new FlagParser.Occurrence("profile", "")), parse(true, "--profile", "prog").flags());
        assertEquals(List.of("prog"), parse(true, "--profile", "prog").positionals());
        assertEquals(List.of(new FlagParser.Occurrence("profile", "out")), parse(true, "--profile=out", "prog").flags());
    }

    @Test
    void valuesMayStartWithOneDashOrBeEmptyWhenAttached() throws UsageException {
        assertEquals("-1", parse(true, "--size", "-1").flags().getFirst().value());
        assertEquals("", parse(true, "--size=").flags().getFirst().value());
        assertEquals("--x", parse(true, "--size=--x").flags().getFirst().value());
    }

    @Test
    void withoutStopAtPositionalFlagsMayFollowPositionals() throws UsageException {
        FlagParser.Result r = parse(false, "a", "--log", "b", "c");
        assertEquals(List.of("a", "b", "c"), r.positionals());
        assertEquals(1, r.flags().size());
    }

    @Test
    void errors() {
        assertEquals("--size: missing value", assertThrows(UsageException.class, () -> parse(true, "--size")).getMessage());
        assertEquals("--size: missing value",
                assertThrows(UsageException.class, () -> parse(true, "--size", "--log")).getMessage());
        assertEquals("--log: takes no value (got '1')",
                assertThrows(UsageException.class, () -> parse(true, "--log=1")).getMessage());
        assertEquals("--size: given more than once",
                assertThrows(UsageException.class, () -> parse(true, "--size=1", "--size=2")).getMessage());
        assertEquals("unknown option '--sise' (did you mean --size?)",
                assertThrows(UsageException.class, () -> parse(true, "--sise=1")).getMessage());
    }

    @Test
    void atFilesAreNotExpanded() throws UsageException {
        assertEquals(List.of("@args.txt"), parse(true, "@args.txt").positionals());
    }

    @Test
    void doubleDashEndsTheFlagsAndALoneDashIsAnArgument() throws UsageException {
        FlagParser.Result r = parse(false, "--log", "--", "--size", "-x");
        assertEquals(List.of(new FlagParser.Occurrence("log", null)), r.flags());
        assertEquals(List.of("--size", "-x"), r.positionals());
        assertEquals(List.of("-"), parse(false, "-").positionals());
        assertEquals("unknown option '-x'", assertThrows(UsageException.class, () -> parse(false, "-x")).getMessage());
    }
}
