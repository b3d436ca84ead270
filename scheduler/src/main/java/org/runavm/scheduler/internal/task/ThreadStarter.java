package org.runavm.scheduler.internal.task;

/**
 * Puts a task's run loop on a thread. The production starter gives every task its own virtual thread
 * (docs/decisions/050-task-threads.md); the benchmark also runs a work-stealing pool behind this
 * interface to compare the two.
 */
public interface ThreadStarter {

    /** Runs {@code task} on a thread; {@code threadName} names it where the thread kind allows. */
    void start(String threadName, Runnable task);

    /** Releases the threads the starter owns, after every task has stopped. */
    void close();
}
