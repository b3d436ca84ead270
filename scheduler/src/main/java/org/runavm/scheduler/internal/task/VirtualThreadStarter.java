package org.runavm.scheduler.internal.task;

/**
 * One virtual thread per task. A task that blocks (channel, lock, sleep, await) parks its virtual
 * thread and frees the carrier, so thousands of blocked tasks cost memory, not threads, and a
 * producer/consumer pair can never deadlock for want of a worker.
 */
public final class VirtualThreadStarter implements ThreadStarter {

    @Override
    public void start(String threadName, Runnable task) {
        Thread.ofVirtual().name(threadName).start(task);
    }

    @Override
    public void close() {
        // Virtual threads need no pool; each one ends with its task.
    }
}
