package org.runavm.scheduler.internal.bench;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

import org.runavm.scheduler.internal.task.ThreadStarter;

/**
 * The alternative measured against virtual threads: tasks as jobs on a work-stealing pool of platform
 * threads. Kept in the benchmark only (docs/decisions/050-task-threads.md explains why).
 */
final class ForkJoinStarter implements ThreadStarter {

    private final ForkJoinPool pool;

    ForkJoinStarter(int parallelism) {
        this.pool = new ForkJoinPool(parallelism);
    }

    @Override
    public void start(String threadName, Runnable task) {
        pool.execute(task);
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
