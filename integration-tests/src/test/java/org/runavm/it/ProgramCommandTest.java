package org.runavm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Compiling, verifying, disassembling and running programs with the real commands. */
class ProgramCommandTest extends CommandTestSupport {
    @Test
    void aSourceProgramRunsDirectly() throws Exception {
        Path program = Files.writeString(work.resolve("hello.runa"), "Display \"Hello, \" + \"World!\"\nDisplay 6 / 3\n");
        CommandRun run = CommandRun.of("standard", "runavm", work, env, program.toString());
        assertEquals(0, run.exitStatus(), run.stderr());
        assertEquals("Hello, World!\n2.0\n", run.stdout());
    }

    @Test
    void compiledBytecodeVerifiesDisassemblesAndRuns() throws Exception {
        Path source = Files.writeString(work.resolve("sum.runa"), """
                Process called total(items as List of Integer) returns Integer
                    Let sum = 0
                    For each item in items
                        sum += item
                    End For
                    Return sum
                End Process
                Display total([1, 2, 3, 4])
                """);
        CommandRun compile = CommandRun.of("standard", "runa", work, env, "compile", source.toString());
        assertEquals(0, compile.exitStatus(), compile.stderr());
        Path bytecode = work.resolve("sum.runab");
        assertTrue(Files.isRegularFile(bytecode));
        assertEquals("RUNABYTC", new String(Files.readAllBytes(bytecode), 0, 8, java.nio.charset.StandardCharsets.US_ASCII));

        CommandRun verify = CommandRun.of("standard", "runavm", work, env, "--verify", bytecode.toString());
        assertEquals(0, verify.exitStatus(), verify.stderr());
        assertTrue(verify.stdout().contains("valid (format 1.2"), verify.stdout());

        CommandRun disassemble = CommandRun.of("standard", "runavm", work, env, "--disassemble", bytecode.toString());
        assertEquals(0, disassemble.exitStatus(), disassemble.stderr());
        assertTrue(disassemble.stdout().contains("total"), disassemble.stdout());
        assertTrue(disassemble.stdout().contains("RETURN"), disassemble.stdout());

        CommandRun run = CommandRun.of("embedded", "runavm", work, env, bytecode.toString());
        assertEquals(0, run.exitStatus(), run.stderr());
        assertEquals("10\n", run.stdout());
    }

    @Test
    void compileErrorsAreListedWithPositionsAndExitThree() throws Exception {
        Path program = Files.writeString(work.resolve("broken.runa"), "Let x = 5\nDisplay totl\n");
        CommandRun run = CommandRun.of("standard", "runavm", work, env, program.toString());
        assertEquals(3, run.exitStatus());
        assertTrue(run.stderr().contains("broken.runa:2:9: error: `totl` is not declared"), run.stderr());
        assertTrue(run.stderr().contains("Display totl\n        ^"), run.stderr());
        CommandLineTest.assertNoJavaStackTrace(run);
    }

    @Test
    void anUncaughtErrorPrintsItsRunaStackTraceAndExitsOne() throws Exception {
        Path program = Files.writeString(work.resolve("crash.runa"), """
                Process called divide(n as Integer) returns Integer
                    Return n // 0
                End Process
                Display divide(3)
                """);
        CommandRun run = CommandRun.of("standard", "runavm", work, env, program.toString());
        assertEquals(1, run.exitStatus());
        assertTrue(run.stderr().startsWith("Error: DivisionByZeroError: "), run.stderr());
        assertTrue(run.stderr().contains("  at divide (" + program + ":2:"), run.stderr());
        CommandLineTest.assertNoJavaStackTrace(run);
    }

    @Test
    void aRunabFileThatIsNotBytecodeExitsFour() throws Exception {
        Path program = Files.writeString(work.resolve("fake.runab"), "Display 1\n");
        CommandRun run = CommandRun.of("standard", "runavm", work, env, program.toString());
        assertEquals(4, run.exitStatus(), run.stderr());
        assertTrue(run.stderr().contains("fake.runab"), run.stderr());
        CommandLineTest.assertNoJavaStackTrace(run);
    }

    @Test
    void gcLogWritesOneLinePerCollectionOnStandardError() throws Exception {
        Path program = Files.writeString(work.resolve("churn.runa"), """
                Let kept = 0
                For i from 1 to 100000
                    Let garbage = [i, i + 1, i + 2, "text " + i]
                    kept += garbage.length()
                End For
                Runtime.collect()
                Display kept
                """);
        for (String[] combination : new String[][] {{"standard", "generational"}, {"server", "compact"}}) {
            CommandRun run = CommandRun.of(combination[0], "runavm", work, env, "--gc-log", "--gc-max-heap", "4m",
                    "--gc", combination[1], program.toString());
            assertEquals(0, run.exitStatus(), run.stderr());
            assertEquals("400000\n", run.stdout());
            java.util.List<String> lines = run.stderr().lines().toList();
            assertTrue(lines.size() >= 2, "a collection of the churn and Runtime.collect(): " + run.stderr());
            for (String line : lines) {
                assertTrue(line.matches("\\[gc\\] #\\d+ (minor|full) \\(" + combination[1]
                        + "\\): \\d+\\.\\dM -> \\d+\\.\\dM of 4\\.0M, \\d+\\.\\d\\d ms"), line);
            }
            assertTrue(lines.stream().anyMatch(line -> line.contains(" full (")), "Runtime.collect() collects the whole heap");
        }
    }

    @Test
    void profileMemoryReportsWhatTheProgramStillHoldsByType() throws Exception {
        Path program = Files.writeString(work.resolve("holds.runa"), """
                Class Point
                    Field x as Integer = 0
                    Field y as Integer = 0
                End Class
                Let points = []
                For i from 1 to 500
                    points.add(Point())
                End For
                Let names = []
                For i from 1 to 300
                    names.add("name number " + i)
                End For
                For i from 1 to 200000
                    Let garbage = [i, "gone " + i]
                End For
                Display points.length() + names.length()
                """);
        Path report = work.resolve("heap.json");
        CommandRun run = CommandRun.of("standard", "runavm", work, env, "--profile-memory=" + report,
                "--gc-max-heap", "8m", program.toString());
        assertEquals(0, run.exitStatus(), run.stderr());
        assertEquals("800\n", run.stdout());
        assertEquals("", run.stderr(), "the profile goes to the file");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toFile());
        assertEquals("generational", json.get("collector").asText());
        assertTrue(json.get("program").asText().endsWith("holds.runa"), json.toString());
        java.util.Map<String, Long> objects = new java.util.HashMap<>();
        json.get("types").forEach(t -> objects.put(t.get("type").asText(), t.get("objects").asLong()));
        assertEquals(500L, objects.get("Point"), json.toString());
        assertTrue(objects.get("Text") >= 300 && objects.get("Text") < 1000, "the garbage is not counted: " + objects);
        assertTrue(objects.get("List") >= 2, json.toString());
        long sum = 0;
        for (var t : json.get("types")) {
            sum += t.get("bytes").asLong();
        }
        assertEquals(json.get("live_bytes").asLong(), sum);

        CommandRun table = CommandRun.of("server", "runavm", work, env, "--profile-memory", "--gc", "compact",
                "--gc-max-heap", "8m", program.toString());
        assertEquals(0, table.exitStatus(), table.stderr());
        assertTrue(table.stderr().startsWith("runavm: memory profile: the largest live set, "), table.stderr());
        assertTrue(table.stderr().lines().anyMatch(l -> l.matches("  Point +500 +\\d+")), table.stderr());
    }

    @Test
    void profileCpuSharesTheSamplesOutAmongProcesses() throws Exception {
        Path program = Files.writeString(work.resolve("hot.runa"), """
                Process called slow(n as Integer) returns Integer
                    Let total = 0
                    For i from 1 to n
                        total += i % 7
                    End For
                    Return total
                End Process
                Process called fast(n as Integer) returns Integer
                    Return n * 2
                End Process
                Let sum = 0
                For round from 1 to 40
                    sum += slow(200000) + fast(round)
                End For
                Let t = Task.run(() => slow(3000000))
                Display sum + t.await()
                """);
        Path report = work.resolve("cpu.json");
        CommandRun run = CommandRun.of("standard", "runavm", work, env, "--profile-cpu=" + report, program.toString());
        assertEquals(0, run.exitStatus(), run.stderr());
        assertEquals("33001517\n", run.stdout());
        assertEquals("", run.stderr(), "the profile goes to the file");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toFile());
        var top = json.get("processes").get(0);
        assertEquals("slow", top.get("process").asText(), json.toString());
        assertTrue(top.get("location").asText().endsWith("hot.runa:1:1"), json.toString());
        assertTrue(top.get("self_percent").asDouble() > 50, "the loop runs in slow: " + json);
        assertTrue(json.get("samples").asLong() > 0);
        boolean waitingMainIsNotRunning = true;
        for (var p : json.get("processes")) {
            if (p.get("process").asText().equals("<main>")) {
                waitingMainIsNotRunning = p.get("self_percent").asDouble() < 25;
            }
        }
        assertTrue(waitingMainIsNotRunning, "the top level waits for the task most of the time: " + json);

        CommandRun table = CommandRun.of("standard", "runavm", work, env, "--profile-cpu", program.toString());
        assertEquals(0, table.exitStatus(), table.stderr());
        assertTrue(table.stderr().startsWith("runavm: CPU profile: "), table.stderr());
        assertTrue(table.stderr().lines().skip(2).findFirst().orElse("").contains(" slow "), table.stderr());
    }

    @Test
    void aProfileThatCannotBeWrittenIsRefusedBeforeTheProgramRuns() throws Exception {
        Path program = Files.writeString(work.resolve("say.runa"), "Display \"ran\"\n");
        CommandRun run = CommandRun.of("standard", "runavm", work, env, "--profile-memory=" + work.resolve("no/such/heap.json"),
                program.toString());
        assertEquals(2, run.exitStatus(), run.stderr());
        assertEquals("", run.stdout(), "the program is not run");
        assertEquals("runavm: --profile-memory: cannot write " + work.resolve("no/such/heap.json") + ": the directory "
                + work.resolve("no/such") + " does not exist\n", run.stderr());
    }

    @Test
    void aProfileThatWouldOverwriteTheProgramIsRefused() throws Exception {
        Path program = Files.writeString(work.resolve("keep.runa"), "Display \"ran\"\n");
        CommandRun run = CommandRun.of("standard", "runavm", work, env, "--profile-gen=" + program, program.toString());
        assertEquals(2, run.exitStatus(), run.stderr());
        assertEquals("runavm: --profile-gen: cannot write " + program + ": it is the program itself\n", run.stderr());
        assertEquals("Display \"ran\"\n", Files.readString(program), "the program is untouched");
    }

    @Test
    void mainReceivesTheProgramArgumentsAndItsResultIsTheExitStatus() throws Exception {
        Path program = Files.writeString(work.resolve("args.runa"), """
                Process called main(args as List of Text) returns Integer
                    Display args
                    Return args.length()
                End Process
                """);
        CommandRun run = CommandRun.of("standard", "runavm", work, env, program.toString(), "a", "--gc-log");
        assertEquals(2, run.exitStatus(), run.stderr());
        assertEquals("[\"a\", \"--gc-log\"]\n", run.stdout());
    }
}
