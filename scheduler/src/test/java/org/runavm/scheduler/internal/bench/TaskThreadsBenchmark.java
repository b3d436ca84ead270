package org.runavm.scheduler.internal.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.runavm.kernel.sched.Channel;
import org.runavm.kernel.sched.Scheduler;
import org.runavm.kernel.sched.SchedulerConfig;
import org.runavm.kernel.sched.TaskHandle;
import org.runavm.kernel.sched.TaskTimeoutException;
import org.runavm.scheduler.internal.TaskScheduler;
import org.runavm.scheduler.internal.task.ParallelismGate;
import org.runavm.scheduler.internal.task.ThreadStarter;
import org.runavm.scheduler.internal.task.VirtualThreadStarter;

/**
 * Virtual threads against a work-stealing ForkJoinPool, both behind the real {@link TaskScheduler}
 * (same registry, gate, outcomes and blocking path), so the figures compare what the VM would get.
 * A plain main, not a test: run it with
 * {@code java -cp scheduler/target/classes:scheduler/target/test-classes:kernel/target/classes:<slf4j-api>
 * org.runavm.scheduler.internal.bench.TaskThreadsBenchmark}.
 *
 * <p>Workloads: (1) spawn/await of trivial tasks; (2) fan-out/fan-in, a tree of tasks where each
 * parent awaits its children (depth 3, fan-out 10: 1,111 tasks); (3) many tasks blocked at once on
 * channels (a ring of 2,000 tasks passing a token), the Runa pattern the pool handles worst.
 */
public final class TaskThreadsBenchmark {

    private static final int THREADS = Runtime.getRuntime().availableProcessors();
    private static final int WARMUP_ROUNDS = 2;
    private static final int ROUNDS = 7;

    private record Config(String label, Supplier<Scheduler> schedulers) {
    }

    private record Bench(String label, String unit, int operations, Workload workload) {
    }

    public static void main(String[] args) {
        System.out.printf("cores=%d java=%s%n", THREADS, Runtime.version());
        List<Config> configs = List.of(
                // threads = cores: the gate is open, the carriers are the bound (the production default).
                new Config("virtual threads", () -> scheduler(new VirtualThreadStarter(), ParallelismGate.forThreads(THREADS))),
                // The gate closed to the core count: what a VM given fewer threads than cores pays.
                new Config("virtual + gate", () -> scheduler(new VirtualThreadStarter(), ParallelismGate.bounded(THREADS))),
                // The pool itself bounds parallelism, so the gate stays open.
                new Config("fork-join pool", () -> scheduler(new ForkJoinStarter(THREADS), ParallelismGate.open())));
        List<Bench> benches = List.of(
                new Bench("spawn+await", "tasks/s", 20_000, TaskThreadsBenchmark::spawnAwait),
                new Bench("fan-out/in", "tasks/s", 1_111 * 5, TaskThreadsBenchmark::fanOutIn),
                new Bench("token ring", "hops/s", 2_000 * 5, TaskThreadsBenchmark::ring));
        // Configurations take turns round by round, so JIT warm-up and the machine's load drift hit
        // each of them alike; the first rounds are discarded.
        double[][][] rates = new double[configs.size()][benches.size()][ROUNDS];
        double[][][] cpu = new double[configs.size()][benches.size()][ROUNDS];
        for (int round = -WARMUP_ROUNDS; round < ROUNDS; round++) {
            for (int c = 0; c < configs.size(); c++) {
                for (int b = 0; b < benches.size(); b++) {
                    double[] m = measure(configs.get(c).schedulers(), benches.get(b));
                    if (round >= 0) {
                        rates[c][b][round] = m[0];
                        cpu[c][b][round] = m[1];
                    }
                }
            }
        }
        for (int b = 0; b < benches.size(); b++) {
            for (int c = 0; c < configs.size(); c++) {
                double[] r = rates[c][b];
                double[] u = cpu[c][b];
                Arrays.sort(r);
                Arrays.sort(u);
                System.out.printf("%-12s %-16s median %,10.0f %s  (min %,.0f, max %,.0f)  cpu %,8.2f us/op%n",
                        benches.get(b).label(), configs.get(c).label(), r[ROUNDS / 2], benches.get(b).unit(), r[0],
                        r[ROUNDS - 1], u[ROUNDS / 2]);
            }
        }
    }

    /** CPU time of the whole process: less disturbed than wall time by other load on the machine. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Scheduler scheduler(ThreadStarter starter, ParallelismGate gate) {
        return new TaskScheduler(new SchedulerConfig("bench", THREADS, 1 << 20), starter, gate, System::nanoTime, () -> { });
    }

    /**
     * One run on a fresh scheduler: operations per wall-clock second (0 if the workload stalled) and
     * process CPU microseconds per operation.
     */
    private static double[] measure(Supplier<Scheduler> schedulers, Bench bench) {
        try (Scheduler s = schedulers.get()) {
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            try {
                bench.workload().run(s);
            } catch (Stalled e) {
                return new double[] {0, Double.POSITIVE_INFINITY};
            }
            long wall = System.nanoTime() - start;
            long cpuUsed = processCpuNanos() - cpuStart;
            return new double[] {bench.operations() / (wall / 1e9), cpuUsed / 1e3 / bench.operations()};
        }
    }

    @FunctionalInterface
    private interface Workload {
        void run(Scheduler s);
    }

    private static void spawnAwait(Scheduler s) {
        List<TaskHandle<Integer>> batch = new ArrayList<>(1000);
        for (int i = 0; i < 20_000; i++) {
            int v = i;
            batch.add(s.spawn(() -> v + 1));
            if (batch.size() == 1000) {
                s.awaitAll(batch);
                batch.clear();
            }
        }
    }

    private static void fanOutIn(Scheduler s) {
        for (int round = 0; round < 5; round++) {
            if (s.spawn(() -> tree(s, 3)).await() != 1_000) {
                throw new AssertionError("wrong leaf count");
            }
        }
    }

    private static int tree(Scheduler s, int depth) {
        if (depth == 0) {
            return 1;
        }
        List<TaskHandle<Integer>> children = new ArrayList<>(10);
        for (int i = 0; i < 10; i++) {
            children.add(s.spawn(() -> tree(s, depth - 1)));
        }
        return s.awaitAll(children).stream().mapToInt(Integer::intValue).sum();
    }

    private static void ring(Scheduler s) {
        int n = 2_000;
        List<Channel<Integer>> links = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            links.add(s.newChannel(1));
        }
        List<TaskHandle<Void>> tasks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Channel<Integer> in = links.get(i);
            Channel<Integer> out = links.get((i + 1) % n);
            tasks.add(s.spawn(() -> {
                for (int lap = 0; lap < 5; lap++) {
                    int token = in.receive().orElseThrow();
                    out.send(token + 1);
                }
                return null;
            }));
        }
        links.getFirst().send(0);
        try {
            tasks.getLast().await(Duration.ofSeconds(10));
        } catch (TaskTimeoutException e) {
            tasks.forEach(TaskHandle::cancel);
            throw new Stalled();
        }
    }

    /** A workload that made no progress: blocked tasks hold every thread it could run on. */
    private static final class Stalled extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
