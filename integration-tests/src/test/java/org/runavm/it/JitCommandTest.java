package org.runavm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Compiled code under the limits a user sets: every function here is compiled at its first call
 * ({@code --jit aggressive --jit-threshold 1}), and what the interpreter guarantees still holds: time and
 * instruction limits stop a loop that never calls anything, deep recursion reaches the call-depth limit
 * instead of the JVM's stack, and results equal the interpreter's.
 */
class JitCommandTest extends CommandTestSupport {
    private static CommandRun compiled(String name, String source, String... flags) throws Exception {
        Path program = Files.writeString(work.resolve(name), source);
        String[] args = new String[flags.length + 5];
        args[0] = "--jit";
        args[1] = "aggressive";
        args[2] = "--jit-threshold";
        args[3] = "1";
        System.arraycopy(flags, 0, args, 4, flags.length);
        args[args.length - 1] = program.toString();
        return CommandRun.of("standard", "runavm", work, env, args);
    }

    @Test
    void anExecutionTimeoutStopsACompiledLoop() throws Exception {
        CommandRun run = compiled("spin.runa", """
                Process called spin() returns Integer
                    Let n = 0
                    While True
                        n += 1
                    End While
                    Return n
                End Process
                Display spin()
                """, "--execution-timeout", "300");
        assertEquals(5, run.exitStatus(), run.stderr());
        assertTrue(run.stderr().startsWith("Error: TimeoutError: execution timeout of 300 ms exceeded"), run.stderr());
    }

    @Test
    void anInstructionLimitStopsACompiledLoopThatCatchesTheError() throws Exception {
        CommandRun run = compiled("stubborn.runa", """
                Process called spin() returns Integer
                    Let n = 0
                    While True
                        Try
                            While True
                                n += 1
                            End While
                        Catch e as TimeoutError
                            n = 0
                        End Try
                    End While
                    Return n
                End Process
                Display spin()
                """, "--instruction-limit", "2000000");
        assertEquals(5, run.exitStatus(), run.stderr());
        assertTrue(run.stderr().contains("TimeoutError"), run.stderr());
    }

    @Test
    void deepRecursionInCompiledCodeReachesTheDepthLimitNotTheJvmStack() throws Exception {
        CommandRun run = compiled("deep.runa", """
                Process called down(n as Integer) returns Integer
                    If n == 0
                        Return 0
                    End If
                    Return 1 + down(n - 1)
                End Process
                Display down(9000)
                Process called forever(n as Integer) returns Integer
                    Return 1 + forever(n + 1)
                End Process
                Try
                    forever(0)
                Catch e as StackOverflowError
                    Display e.type
                End Try
                """);
        assertEquals(0, run.exitStatus(), run.stderr());
        assertEquals("9000\nStackOverflowError\n", run.stdout());
    }

    @Test
    void aProfileRecordedByProfileGenIsUsedByProfileUse() throws Exception {
        Path program = Files.writeString(work.resolve("hot.runa"), """
                Process called square(n as Integer) returns Integer
                    Return n * n
                End Process
                Let total = 0
                For i from 1 to 3000
                    total += square(i)
                End For
                Display total
                """);
        CommandRun gen = CommandRun.of("standard", "runavm", work, env, "--no-jit", "--profile-gen", program.toString());
        assertEquals(0, gen.exitStatus(), gen.stderr());
        assertEquals("", gen.stderr());
        Path profile = work.resolve("hot.runa.profile");
        assertTrue(Files.readString(profile).contains("\"name\" : \"square\""), "written beside the program by default");

        CommandRun use = CommandRun.of("standard", "runavm", work, env, "--profile-use", program.toString());
        assertEquals(0, use.exitStatus(), use.stderr());
        assertEquals(gen.stdout(), use.stdout());
        assertEquals("", use.stderr(), "the profile was found and matched");

        Files.writeString(program, Files.readString(program).replace("3000", "30"));
        CommandRun stale = CommandRun.of("standard", "runavm", work, env, "--profile-use", program.toString());
        assertEquals(0, stale.exitStatus(), stale.stderr());
        assertTrue(stale.stderr().startsWith("runavm: warning: --profile-use: "), stale.stderr());
        assertTrue(stale.stderr().contains("hot.runa.profile was recorded for other code than"), stale.stderr());
        assertEquals(1, stale.stderr().lines().count(), stale.stderr());
    }
}
