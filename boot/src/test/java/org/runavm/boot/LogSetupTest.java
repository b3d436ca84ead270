package org.runavm.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LogSetupTest {
    @Test
    void defaultsToWarn() {
        assertEquals("warn", LogSetup.level(new String[] {"prog.runa"}, Map.of()));
    }

    @Test
    void takesTheFlagInBothSpellings() {
        assertEquals("debug", LogSetup.level(new String[] {"--log-level=debug", "prog.runa"}, Map.of()));
        assertEquals("trace", LogSetup.level(new String[] {"--log-level", "trace", "prog.runa"}, Map.of()));
    }

    @Test
    void commandLineBeatsEnvironment() {
        assertEquals("info", LogSetup.level(new String[] {"--log-level=info"}, Map.of("RUNAVM_LOG_LEVEL", "error")));
        assertEquals("error", LogSetup.level(new String[] {}, Map.of("RUNAVM_LOG_LEVEL", "ERROR")));
    }

    @Test
    void flagsAfterTheProgramBelongToTheProgram() {
        assertEquals("warn", LogSetup.level(new String[] {"prog.runab", "--log-level=trace"}, Map.of()));
    }

    @Test
    void flagValuesBeforeTheProgramDoNotStopTheScan() {
        assertEquals("debug", LogSetup.level(new String[] {"--gc-max-heap", "1g", "--log-level", "debug", "p.runa"}, Map.of()));
    }

    @Test
    void ignoresAnInvalidLevelWhichTheLauncherRejectsLater() {
        assertEquals("warn", LogSetup.level(new String[] {"--log-level=loud"}, Map.of("RUNAVM_LOG_LEVEL", "verbose")));
    }
}
