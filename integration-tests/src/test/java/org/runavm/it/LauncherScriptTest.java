package org.runavm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checkout's {@code ./runavm} script, as the README runs it: whatever it adds to the JVM's command
 * line for the way the program will run (class-data sharing; HotSpot's compile thresholds for the
 * interpreter's dispatch loop when the JIT is off) must leave the program's output and status alone.
 * And the JDK it picks: one of release 25 or newer, told by the JDK's {@code release} file without
 * starting a JVM to ask.
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

    @Test
    void choosesAJdkByItsReleaseFileWithoutStartingIt() throws Exception {
        Path jdk = fakeJdk("JAVA_VERSION=\"25.0.3\"");
        CommandRun run = runHelloWith(jdk);
        // the stand-in java ran the program, and only that: no JVM was started to read its version
        assertEquals("stand-in java\n", run.stdout());
        List<String> calls = Files.readAllLines(jdk.resolve("calls.log"));
        assertEquals(1, calls.size(), calls.toString());
        assertFalse(calls.get(0).contains("-XshowSettings"), calls.get(0));
        assertTrue(calls.get(0).contains(" -jar "), calls.get(0));
    }

    @Test
    void passesOverAJdkOlderThan25WithoutStartingIt() throws Exception {
        Path jdk = fakeJdk("IMPLEMENTOR=\"Example\"\nJAVA_VERSION=\"21.0.2\"");
        CommandRun run = runHelloWith(jdk);
        assertEquals("Hello, World!\n", run.stdout(), run.stderr()); // a JDK 25 found elsewhere ran it
        assertEquals(0, run.exitStatus());
        assertFalse(Files.exists(jdk.resolve("calls.log")), "the JDK 21 was started");
    }

    /** A JAVA_HOME whose java and javac only log their arguments and print "stand-in java". */
    private Path fakeJdk(String release) throws Exception {
        Path home = Files.createDirectories(cache.resolve("jdk"));
        Files.writeString(home.resolve("release"), release + "\n");
        Path bin = Files.createDirectories(home.resolve("bin"));
        for (String tool : List.of("java", "javac")) {
            Path script = bin.resolve(tool);
            Files.writeString(script, "#!/bin/sh\necho \"$*\" >>\"" + home.resolve("calls.log")
                    + "\"\necho stand-in java\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return home;
    }

    private CommandRun runHelloWith(Path javaHome) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("runavm").toString(),
                ROOT.resolve("examples/hello.runa").toString()).directory(cache.toFile());
        builder.environment().put("RUNAVM_NO_BUILD", "1");
        builder.environment().put("RUNAVM_CACHE_DIR", cache.toString());
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().remove("RUNAVM_JAVA_OPTS");
        return CommandRun.of(builder, 120, "./runavm with JAVA_HOME=" + javaHome);
    }

    @Test
    void keepsTheArchivesOfTheTwoBuildsUsedLast() throws Exception {
        List<Path> archives = new ArrayList<>();
        for (int age = 3; age >= 1; age--) { // archives of three other builds, used 3, 2 and 1 hours ago
            Path archive = Files.writeString(cache.resolve("runavm-standard-" + age + "-100.jsa"), "an archive");
            Files.setLastModifiedTime(archive, FileTime.from(Instant.now().minus(Duration.ofHours(age))));
            archives.add(archive);
        }
        ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("runavm").toString(),
                ROOT.resolve("examples/hello.runa").toString()).directory(cache.toFile());
        builder.environment().put("RUNAVM_NO_BUILD", "1");
        builder.environment().put("RUNAVM_CACHE_DIR", cache.toString());
        builder.environment().remove("RUNAVM_JAVA_OPTS");
        CommandRun run = CommandRun.of(builder, 120, "./runavm with archives of other builds");
        assertEquals("Hello, World!\n", run.stdout(), run.stderr());
        assertFalse(Files.exists(archives.get(0)), "the archive used longest ago is removed");
        assertTrue(Files.exists(archives.get(1)));
        assertTrue(Files.exists(archives.get(2)));
    }
}
