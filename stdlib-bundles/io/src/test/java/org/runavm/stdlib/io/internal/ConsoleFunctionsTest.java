package org.runavm.stdlib.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.runavm.stdlib.testkit.ModuleHarness;

class ConsoleFunctionsTest {
    @Test
    void writeHasNoNewlineAndErrorWritesALine() {
        ModuleHarness io = ModuleHarness.of(new IoModule());
        io.call("write", "a");
        io.call("write", 1);
        io.call("write", 2.5);
        io.call("error", "oops");
        assertEquals("a12.5", io.environment().stdoutText());
        assertEquals("oops\n", io.environment().stderrText());
        assertEquals("io.write expects Text, not List (use to_text())", io.raises("TypeError", "write", List.of()));
    }
}
