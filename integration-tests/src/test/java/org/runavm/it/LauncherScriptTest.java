package org.runavm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checkout's {@code ./runavm} script, as the README runs it: whatever it adds to the JVM's command
 * line for the way the program will run (class-data sharing; HotSpot's compile thresholds for the
 * interpreter's dispatch loop when the JIT is off) must leave the program's output and status alone.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherScriptTest {
    private static final Path ROOT = Path.of(System.getProperty("runavm.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path cache;

    @ParameterizedTest
    @ValueSource(strings = {"", "--no-jit", "--jit off", "--jit=off", "--embedded", "--jit aggressive"})
    void runsAProgramWithNothingAddedToItsOutput(String options) throws Exception {
        List<String> line = new ArrayList<>(List.of(ROOT.resolve("runavm").toString()));
        if (!options.isEmpty()) {
            line.addAll(List.of(options.split(" ")));
        }
        line.add(ROOT.resolve("examples/hello.runa").toString());
        ProcessBuilder builder = new ProcessBuilder(line).directory(cache.toFile());
        builder.environment().put("RUNAVM_NO_BUILD", "1"); // the build under test made the jars
        builder.environment().put("RUNAVM_CACHE_DIR", cache.toString());
        builder.environment().remove("RUNAVM_JAVA_OPTS");
        builder.environment().remove("RUNAVM_JIT");
        CommandRun run = CommandRun.of(builder, 120, "./runavm " + options);
        assertEquals("Hello, World!\n", run.stdout(), "./runavm " + options);
        assertEquals("", run.stderr(), "./runavm " + options);
        assertEquals(0, run.exitStatus());
    }
}
