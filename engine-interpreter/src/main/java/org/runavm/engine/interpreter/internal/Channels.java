package org.runavm.engine.interpreter.internal;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.runavm.kernel.heap.RootSource;
import org.runavm.kernel.heap.RootVisitor;
import org.runavm.kernel.module.NativeObject;
import org.runavm.kernel.value.Tag;

/**
 * Channels, mutexes and semaphores (language.md §9).
 *
 * <p>A channel's buffer is a ring of values outside the heap, registered as a root. Locking rule:
 * a thread waits for the channel's lock and conditions inside a safe region (so a collection never
 * waits for a blocked thread) and as a blocking operation of the scheduler (so a task waiting here
 * lends its thread to the task that will fill or drain the channel), then leaves the safe region
 * before it touches the ring; nothing done
 * under the lock allocates or polls, so no collection can scan the ring while it is being changed.
 */
final class Channels {
    private Channels() {
    }

    /** A bounded FIFO of Runa values; capacity 0 means one value at a time. */
    static final class Channel implements NativeObject, RootSource {
        final ReentrantLock lock = new ReentrantLock();
        final Condition notEmpty = lock.newCondition();
        final Condition notFull = lock.newCondition();
        final long[] p;
        final byte[] t;
        int head;
        int count;
        boolean closed;

        Channel(int capacity) {
            p = new long[Math.max(1, capacity)];
            t = new byte[p.length];
        }

        @Override
        public String typeName() {
            return "Channel";
        }

        @Override
        public String toText() {
            return "<channel>";
        }

        @Override
        public void scanRoots(RootVisitor visitor) {
            // the ring wraps, so offer it whole; empty slots hold EMPTY tags
            visitor.visitValues(p, t, 0, p.length);
        }
    }

    static Channel create(Vm vm, long capacity) {
        if (capacity < 0 || capacity > 1_000_000) {
            throw RunaException.valueError("a channel's capacity must be between 0 and 1000000, got " + capacity);
        }
        Channel c = new Channel((int) capacity);
        vm.addLastingRoots(c); // a module may keep the channel for a later run of the VM
        return c;
    }

    /** Enqueues the value in {@code slot}, waiting while the channel is full. */
    static void send(Vm vm, Channel c, int slot) {
        lockWhen(vm, c, true);
        try {
            if (c.closed) {
                throw RunaException.valueError("send on a closed channel");
            }
            int at = (c.head + c.count) % c.p.length;
            c.t[at] = vm.st.t[slot];
            c.p[at] = vm.st.p[slot];
            c.count++;
            c.notEmpty.signal();
        } finally {
            c.lock.unlock();
        }
    }

    /** Dequeues into {@code slot}, waiting while the channel is empty; false when it is closed and drained. */
    static boolean receive(Vm vm, Channel c, int slot) {
        lockWhen(vm, c, false);
        try {
            if (c.count == 0) {
                return false; // closed and drained
            }
            vm.st.ensureSlots(slot + 1);
            vm.st.t[slot] = c.t[c.head];
            vm.st.p[slot] = c.p[c.head];
            c.t[c.head] = Tag.EMPTY;
            c.p[c.head] = 0;
            c.head = (c.head + 1) % c.p.length;
            c.count--;
            c.notFull.signal();
            return true;
        } finally {
            c.lock.unlock();
        }
    }

    static void close(Channel c) {
        c.lock.lock();
        try {
            c.closed = true;
            c.notEmpty.signalAll();
            c.notFull.signalAll();
        } finally {
            c.lock.unlock();
        }
    }

    /**
     * Takes the lock once the channel has room (sending) or a value or is closed (receiving),
     * waiting in a safe region; returns holding the lock, outside the safe region.
     */
    private static void lockWhen(Vm vm, Channel c, boolean sending) {
        boolean[] lockedBox = new boolean[1];
        Tasks.blocking(vm, () -> {
            try {
                c.lock.lockInterruptibly();
                lockedBox[0] = true;
                while (!c.closed && (sending ? c.count == c.p.length : c.count == 0)) {
                    (sending ? c.notFull : c.notEmpty).await();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        boolean locked = lockedBox[0];
        if (!locked || Thread.currentThread().isInterrupted()) {
            if (locked) {
                c.lock.unlock();
            }
            Tasks.checkCancelled(vm);
            throw new RunaException("CancelledError", "interrupted while waiting on a channel");
        }
    }

    /**
     * A Mutex or a Semaphore: the scheduler's own (a Mutex is reentrant, decision 051; waits are
     * cancellable and lend the task's thread).
     */
    static final class Permits implements NativeObject {
        private final org.runavm.kernel.sched.Mutex mutex;
        private final org.runavm.kernel.sched.Semaphore semaphore;

        private Permits(org.runavm.kernel.sched.Mutex mutex, org.runavm.kernel.sched.Semaphore semaphore) {
            this.mutex = mutex;
            this.semaphore = semaphore;
        }

        static Permits mutex(Vm vm) {
            return new Permits(vm.ctx.scheduler().newMutex(), null);
        }

        static Permits semaphore(Vm vm, int permits) {
            return new Permits(null, vm.ctx.scheduler().newSemaphore(permits));
        }

        @Override
        public String typeName() {
            return mutex != null ? "Mutex" : "Semaphore";
        }

        @Override
        public String toText() {
            return mutex != null ? "<mutex>" : "<semaphore>";
        }

        /** Gives back what {@link Channels#acquire} took (not {@code release()}: that name frees a native object). */
        void giveBack() {
            if (mutex == null) {
                semaphore.release();
                return;
            }
            try {
                mutex.unlock();
            } catch (IllegalStateException e) {
                throw RunaException.valueError("unlock of a Mutex this task does not hold");
            }
        }
    }

    /** Locks a Mutex or takes a Semaphore's permit, waiting in a safe region. */
    static void acquire(Vm vm, Permits permits) {
        try {
            Tasks.waiting(vm, () -> {
                if (permits.mutex != null) {
                    permits.mutex.lock();
                } else {
                    permits.semaphore.acquire();
                }
                return null;
            });
        } catch (org.runavm.kernel.sched.TaskCancelledException e) {
            Tasks.checkCancelled(vm);
            throw new RunaException("CancelledError", "cancelled while waiting for a " + permits.typeName());
        }
    }
}
