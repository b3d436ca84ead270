package org.runavm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The scheduler's limits as a user sets them: {@code --threads} bounds how many tasks run Runa code at
 * once, and a policy's {@code max_tasks} how many tasks and actors may be live (security.md, Limits).
 */
class SchedulerLimitsCommandTest extends CommandTestSupport {
    @Test
    void aSpawnBeyondMaxTasksRaisesSecurityErrorAndRoomComesBackWhenTasksEnd() throws Exception {
        Path policy = Files.writeString(work.resolve("tasks.json"), """
                {"name": "tasks", "version": "1.0", "permissions": {}, "limits": {"max_tasks": 2}}
                """);
        Path program = Files.writeString(work.resolve("limit.runa"), """
                Let gate = Channel of Integer(0)
                Let first = Task.run(() => gate.receive())
                Let second = Task.run(() => gate.receive())
                Try
                    Task.run(() => 3)
                Catch e as SecurityError
                    Display "third task: " + e.message
                End Try
                Actor called Idle
                    On Message ping() returns Text
                        Return "pong"
                    End On
                End Actor
                Try
                    Idle.spawn()
                Catch e as SecurityError
                    Display "actor: " + e.type
                End Try
                gate.send(1)
                gate.send(2)
                Display first.await() + second.await()
                Display Task.run(() => "room again").await()
                """);
        CommandRun run = CommandRun.of("standard", "runavm", work, env, "--security-policy", policy.toString(),
                program.toString());
        assertEquals(0, run.exitStatus(), run.stderr());
        assertEquals("""
                third task: too many tasks: this VM allows 2 live tasks and actors at once (max_tasks)
                actor: SecurityError
                3
                room again
                """, run.stdout());
        assertEquals("", run.stderr());
    }

    @Test
    void oneThreadRunsOneTaskAtATimeAndATaskWaitingOnAChannelLendsItsThread() throws Exception {
        Path program = Files.writeString(work.resolve("one.runa"), """
                Import "concurrency"
                Let active = concurrency.AtomicInteger(0)
                Let most = concurrency.AtomicInteger(0)
                Process called busy() returns Integer
                    Let now = active.increment()
                    If now > most.get()
                        most.set(now)
                    End If
                    Let sum = 0
                    For i from 1 to 200000
                        sum += i
                    End For
                    active.decrement()
                    Return sum
                End Process
                Let tasks = []
                For i from 1 to 4
                    tasks.add(Task.run(busy))
                End For
                Display Task.await_all(tasks)
                Display "most at once: " + most.get()
                Let ch = Channel of Integer(0)
                Let consumer = Task.run(() => ch.receive() + ch.receive())
                Let producer = Task.run(() => ch.send(20))
                ch.send(22)
                producer.await()
                Display consumer.await()
                """);
        CommandRun run = CommandRun.of("standard", "runavm", work, env, "--threads", "1", program.toString());
        assertEquals(0, run.exitStatus(), run.stderr());
        assertEquals("""
                [20000100000, 20000100000, 20000100000, 20000100000]
                most at once: 1
                42
                """, run.stdout());
        assertEquals("", run.stderr(), "--threads is built: no warning");
    }
}
