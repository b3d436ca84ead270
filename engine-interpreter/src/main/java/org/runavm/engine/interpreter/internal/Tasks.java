package org.runavm.engine.interpreter.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.runavm.kernel.heap.Mutator;
import org.runavm.kernel.module.NativeFunction;
import org.runavm.kernel.module.NativeObject;
import org.runavm.kernel.sched.TaskLimitException;
import org.runavm.kernel.value.Tag;

/**
 * {@code Task.run(f)}, {@code t.await()} / {@code await t}, {@code t.is_done()},
 * {@code Task.await_all(tasks)} and {@code Task.sleep(ms)}. A task runs on a worker thread of the
 * VM's scheduler (the kernel's {@code Scheduler} service, which bounds how many run at once and how
 * many may be live) as a mutator of the same heap, with a {@link Vm} view of its own (value stack, registers, loop)
 * over the VM's shared tables. Its function and, later, its result or error wait in a rooted
 * table of the task, so they stay current while objects move. A waiting thread is in a safe region,
 * so collections go on without it.
 */
final class Tasks {
    private final List<RunaTask> started = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The actors spawned in this run (supervised ones included). */
    final List<Actors.Actor> actors = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** A task's Java state: completion, and whether it failed (the values are in {@link #values}). */
    static final class RunaTask implements NativeObject {
        final CompletableFuture<Void> done = new CompletableFuture<>();
        final RootedTable values = new RootedTable();
        volatile boolean failed;
        volatile String fault;
        /** For an Async Process call: its function, argument count and passed-parameter mask. */
        Fn async;
        int argc;
        long mask;
        volatile boolean cancelled;
        volatile Thread thread;
        /** The task group that started it, or null. */
        TaskGroup group;
        /** This task as a Runa value (an immediate). */
        long value;

        void cancel() {
            cancelled = true;
            Thread t = thread;
            if (t != null) {
                t.interrupt();
            }
        }

        RunaTask() {
            values.define("value");
            values.define("error");
        }

        @Override
        public String typeName() {
            return "Task";
        }

        @Override
        public String toText() {
            return done.isDone() ? "<task done>" : "<task running>";
        }
    }

    /** A Task Group: the tasks started through it, and the first of them that failed. */
    static final class TaskGroup implements NativeObject {
        final List<RunaTask> tasks = new java.util.concurrent.CopyOnWriteArrayList<>();
        final java.util.concurrent.atomic.AtomicReference<RunaTask> firstFailure =
                new java.util.concurrent.atomic.AtomicReference<>();

        @Override
        public String typeName() {
            return "TaskGroup";
        }

        @Override
        public String toText() {
            return "<task group of " + tasks.size() + ">";
        }

        void cancelAll() {
            tasks.forEach(RunaTask::cancel);
        }
    }

    static void define(Vm vm) {
        ModuleInfo info = NativeModules.register(vm, "Task");
        function(vm, info, "run", 1, 1, c -> {
            NativeCallImpl call = (NativeCallImpl) c;
            call.finishWith(Tag.IMMEDIATE, start(call.vm(), call.slot(0), null).value);
        });
        function(vm, info, "await_all", 1, 1, c -> awaitAll((NativeCallImpl) c));
        function(vm, info, "await_any", 1, 1, c -> awaitAny((NativeCallImpl) c));
        function(vm, info, "sleep", 1, 1, c -> {
            NativeCallImpl call = (NativeCallImpl) c;
            long ms = call.integer(0);
            blocking(call.vm(), () -> {
                try {
                    Thread.sleep(Math.max(0, ms));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            checkCancelled(call.vm());
            call.returnNull();
        });
        vm.nativeTypeMethods.put("Task", new java.util.concurrent.ConcurrentHashMap<>());
        method(vm, "await", c -> {
            NativeCallImpl call = (NativeCallImpl) c;
            int at = call.vm().st.sp;
            await(call.vm(), (RunaTask) call.receiver(), at);
            call.finishWith(call.vm().st.t[at], call.vm().st.p[at]);
        });
        method(vm, "is_done", c -> c.returnBoolean(((RunaTask) c.receiver()).done.isDone()));
        method(vm, "cancel", c -> {
            ((RunaTask) c.receiver()).cancel();
            c.returnNull();
        });
        method(vm, "is_cancelled", c -> c.returnBoolean(((RunaTask) c.receiver()).cancelled));
        function(vm, info, "current", 0, 0, c -> {
            NativeCallImpl call = (NativeCallImpl) c;
            RunaTask current = call.vm().currentTask;
            if (current == null) {
                call.returnNull();
            } else {
                call.finishWith(Tag.IMMEDIATE, current.value);
            }
        });
        defineSynchronization(vm, info);
        vm.nativeTypeMethods.put("TaskGroup", new java.util.concurrent.ConcurrentHashMap<>());
        vm.nativeTypeMethods.get("TaskGroup").put("run", vm.addNative(new NativeFn("TaskGroup.run", 1, 1, c -> {
            NativeCallImpl call = (NativeCallImpl) c;
            call.finishWith(Tag.IMMEDIATE, start(call.vm(), call.slot(0), (TaskGroup) call.receiver()).value);
        })));
    }

    private static void defineSynchronization(Vm vm, ModuleInfo info) {
        function(vm, info, "Channel", 0, 1, c -> {
            NativeCallImpl call = (NativeCallImpl) c;
            call.finishWith(Tag.IMMEDIATE, call.vm().objectValue(
                    Channels.create(call.vm(), call.argumentCount() == 0 ? 0 : call.integer(0))));
        });
        function(vm, info, "Mutex", 0, 0, c -> c.returnValue(Channels.Permits.mutex(((NativeCallImpl) c).vm())));
        function(vm, info, "Semaphore", 1, 1, c -> {
            long n = c.integer(0);
            if (n < 1 || n > Integer.MAX_VALUE) {
                c.raise("ValueError", "a Semaphore needs at least one permit, got " + n);
            }
            c.returnValue(Channels.Permits.semaphore(((NativeCallImpl) c).vm(), (int) n));
        });
        java.util.Map<String, Integer> channel = new java.util.concurrent.ConcurrentHashMap<>();
        vm.nativeTypeMethods.put("Channel", channel);
        channel.put("send", vm.addNative(new NativeFn("Channel.send", 1, 1, c -> {
            NativeCallImpl call = (NativeCallImpl) c;
            Channels.send(call.vm(), (Channels.Channel) call.receiver(), call.slot(0));
            call.returnNull();
        })));
        channel.put("receive", vm.addNative(new NativeFn("Channel.receive", 0, 0, c -> {
            NativeCallImpl call = (NativeCallImpl) c;
            Vm v = call.vm();
            int at = v.st.sp;
            if (Channels.receive(v, (Channels.Channel) call.receiver(), at)) {
                call.finishWith(v.st.t[at], v.st.p[at]);
            } else {
                call.returnNull();
            }
        })));
        channel.put("close", vm.addNative(new NativeFn("Channel.close", 0, 0, c -> {
            Channels.close((Channels.Channel) c.receiver());
            c.returnNull();
        })));
        for (String type : new String[] {"Mutex", "Semaphore"}) {
            java.util.Map<String, Integer> methods = new java.util.concurrent.ConcurrentHashMap<>();
            vm.nativeTypeMethods.put(type, methods);
            NativeFunction acquire = c -> {
                Channels.acquire(((NativeCallImpl) c).vm(), (Channels.Permits) c.receiver());
                c.returnNull();
            };
            NativeFunction release = c -> {
                ((Channels.Permits) c.receiver()).giveBack();
                c.returnNull();
            };
            methods.put(type.equals("Mutex") ? "lock" : "acquire", vm.addNative(new NativeFn(type + ".lock", 0, 0, acquire)));
            methods.put(type.equals("Mutex") ? "unlock" : "release",
                    vm.addNative(new NativeFn(type + ".unlock", 0, 0, release)));
            methods.put("with", vm.addNative(new NativeFn(type + ".with", 1, 1, c -> {
                Channels.Permits permits = (Channels.Permits) c.receiver();
                Channels.acquire(((NativeCallImpl) c).vm(), permits);
                try {
                    c.returnValue(c.callFunction(0));
                } finally {
                    permits.giveBack();
                }
            })));
        }
    }

    private static void function(Vm vm, ModuleInfo info, String name, int min, int max, NativeFunction fn) {
        NativeModules.function(vm, info, name, name, min, max, fn);
    }

    private static void method(Vm vm, String name, NativeFunction fn) {
        vm.nativeTypeMethods.get("Task").put(name, vm.addNative(new NativeFn("Task." + name, 0, 0, fn)));
    }

    /** Starts the function in stack slot {@code fnSlot} as a task (of {@code group}, if not null). */
    static RunaTask start(Vm vm, int fnSlot, TaskGroup group) {
        RunaTask task = new RunaTask();
        task.value = vm.objectValue(task);
        task.group = group;
        vm.root.addRoots(task.values);
        task.values.t[0] = vm.st.t[fnSlot];
        task.values.p[0] = vm.st.p[fnSlot];
        launch(vm, "task", task);
        if (group != null) {
            group.tasks.add(task);
            if (group.firstFailure.get() != null) {
                // the group failed already: its cancelAll may have missed this task, so it is cancelled
                // here (added before the check, so one of the two always sees the other)
                task.cancel();
            }
        }
        return task;
    }

    /**
     * The task that stands for the program's own thread, so that {@code Task.current()} is a Task there
     * too: it is not cancelled unless someone cancels it (then the program stops with CancelledError at
     * its next poll, like any task), and it is done when the program's top level and {@code main} end.
     */
    static RunaTask mainTask(Vm vm) {
        RunaTask task = new RunaTask();
        task.value = vm.objectValue(task);
        task.thread = Thread.currentThread();
        vm.root.addRoots(task.values);
        task.values.t[0] = Tag.NULL;
        return task;
    }

    /**
     * Hands {@code task} to the VM's scheduler, which runs it on a worker thread of its own under the
     * VM's thread count, and counts it against {@code max_tasks}.
     */
    private static void launch(Vm vm, String name, RunaTask task) {
        Vm root = vm.root;
        try {
            vm.ctx.scheduler().spawn(name, () -> {
                runTask(root, task);
                return null;
            });
        } catch (TaskLimitException e) {
            throw tooManyTasks(vm);
        }
        vm.tasks.started.add(task);
    }

    /** The error of a spawn beyond {@code max_tasks}: a limit of the VM's policy, like its memory. */
    static RunaException tooManyTasks(Vm vm) {
        int limit = vm.ctx.scheduler().config().maxTasks();
        return new RunaException("SecurityError", "too many tasks: this VM allows " + limit
                + " live tasks and actors at once (max_tasks)");
    }

    /** Calling an Async Process: its arguments (already in place) go to a new task, whose value is the result. */
    static void startAsync(Vm vm, Fn f, int argStart, int argc, int resultSlot, int closureSlot, long mask) {
        ValueStack st = vm.st;
        RunaTask task = new RunaTask();
        for (int i = 0; i < argc; i++) {
            int slot = task.values.define("arg" + i);
            task.values.t[slot] = st.t[argStart + i];
            task.values.p[slot] = st.p[argStart + i];
        }
        if (closureSlot >= 0) {
            task.values.t[0] = st.t[closureSlot];
            task.values.p[0] = st.p[closureSlot];
        } else {
            task.values.t[0] = Tag.IMMEDIATE;
            task.values.p[0] = Imm.of(Imm.FUNCTION, f.index);
        }
        task.async = f;
        task.argc = argc;
        task.mask = mask;
        vm.root.addRoots(task.values);
        long value = vm.objectValue(task);
        task.value = value;
        launch(vm, f.name, task);
        int slot = resultSlot >= 0 ? resultSlot : ~resultSlot;
        if (resultSlot >= 0) {
            st.t[slot] = Tag.IMMEDIATE;
            st.p[slot] = value;
        }
        st.sp = slot + 1;
    }

    private static void runTask(Vm root, RunaTask task) {
        task.thread = Thread.currentThread();
        Mutator mut = root.heap.attach();
        Vm view = null;
        try {
            view = new Vm(root, mut);
            view.currentTask = task;
            if (task.cancelled) {
                throw new RunaException("CancelledError", "the task was cancelled before it started");
            }
            ValueStack st = view.st;
            int at = st.sp;
            st.push(task.values.t[0], task.values.p[0]);
            if (task.async != null) {
                for (int i = 0; i < task.argc; i++) {
                    st.push(task.values.t[2 + i], task.values.p[2 + i]);
                }
                int closure = task.values.t[0] == Tag.REF ? at : -1;
                view.interp.calls().runAsyncBody(task.async, at + 1, task.argc, at, closure, task.mask);
            } else {
                view.interp.calls().callNested(at + 1, 0);
            }
            task.values.t[0] = st.t[at];
            task.values.p[0] = st.p[at];
        } catch (ThrownError e) {
            task.values.t[1] = view.regs.t[Vm.REG_PENDING];
            task.values.p[1] = view.regs.p[Vm.REG_PENDING];
            task.failed = true;
        } catch (RunaException e) {
            view.setPendingError(e.type(), e.getMessage());
            task.values.t[1] = view.regs.t[Vm.REG_PENDING];
            task.values.p[1] = view.regs.p[Vm.REG_PENDING];
            task.failed = true;
        } catch (RuntimeException | StackOverflowError e) {
            task.fault = String.valueOf(e.getMessage());
            task.failed = true;
        } finally {
            if (view != null) {
                view.releaseRoots();
            }
            mut.close();
            if (task.failed && task.group != null && task.group.firstFailure.compareAndSet(null, task)) {
                task.group.cancelAll();
            }
            task.thread = null;
            task.done.complete(null);
        }
    }

    /** Waits for {@code task} and puts its result in slot {@code at} (pushed); rethrows its error. */
    static void await(Vm vm, RunaTask task, int at) {
        blocking(vm, () -> waitFor(task));
        checkCancelled(vm);
        if (task.failed) {
            if (task.values.t[1] != Tag.EMPTY) {
                vm.setPending(task.values.t[1], task.values.p[1]);
                throw ThrownError.INSTANCE;
            }
            throw new RunaException("Error", "the task failed: " + task.fault);
        }
        vm.st.ensureSlots(at + 1);
        vm.st.t[at] = task.values.t[0];
        vm.st.p[at] = task.values.p[0];
        vm.st.sp = Math.max(vm.st.sp, at + 1);
    }

    /** AWAIT: the task in {@code slot} is replaced by its result. */
    static void awaitSlot(Vm vm, int slot) {
        ValueStack st = vm.st;
        if (st.t[slot] != Tag.IMMEDIATE || Imm.kind(st.p[slot]) != Imm.OBJECT
                || !(vm.objects.get(Imm.index(st.p[slot])) instanceof RunaTask task)) {
            throw RunaException.typeError("await needs a Task, not " + vm.aTypeName(st.t[slot], st.p[slot]));
        }
        int sp = st.sp;
        await(vm, task, slot);
        st.sp = sp;
    }

    private static List<RunaTask> taskList(NativeCallImpl call, String function) {
        Object arg = call.argument(0);
        if (!(arg instanceof List<?> list) || list.isEmpty() && function.equals("await_any")) {
            throw RunaException.typeError("Task." + function + " needs a List of Tasks");
        }
        List<RunaTask> tasks = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof RunaTask t)) {
                throw RunaException.typeError("Task." + function + " needs a List of Tasks");
            }
            tasks.add(t);
        }
        return tasks;
    }

    /** The result of whichever task finishes first (its error, if it failed). */
    private static void awaitAny(NativeCallImpl call) {
        Vm vm = call.vm();
        List<RunaTask> tasks = taskList(call, "await_any");
        CompletableFuture<?>[] futures = tasks.stream().map(t -> t.done).toArray(CompletableFuture[]::new);
        blocking(vm, () -> {
            try {
                CompletableFuture.anyOf(futures).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                // futures complete normally
            }
        });
        checkCancelled(vm);
        RunaTask first = tasks.stream().filter(t -> t.done.isDone()).findFirst().orElse(tasks.get(0));
        int at = vm.st.sp;
        await(vm, first, at);
        call.finishWith(vm.st.t[at], vm.st.p[at]);
    }

    private static void awaitAll(NativeCallImpl call) {
        Vm vm = call.vm();
        List<RunaTask> tasks = taskList(call, "await_all");
        int at = vm.st.sp;
        for (RunaTask t : tasks) {
            await(vm, t, vm.st.sp);
        }
        Collections.build(vm, Op.NEW_LIST, tasks.size(), at + tasks.size());
        call.finishWith(vm.st.t[at], vm.st.p[at]);
    }

    private static void waitFor(RunaTask task) {
        try {
            task.done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            // a task's future always completes normally; its failure is in the task
        }
    }

    /** Raises CancelledError in a task that was cancelled (called after blocking and at slice ends). */
    static void checkCancelled(Vm vm) {
        RunaTask current = vm.currentTask;
        if (current != null && current.cancelled) {
            Thread.interrupted();
            throw new RunaException("CancelledError", "the task was cancelled");
        }
    }

    // ---- task groups ---------------------------------------------------------------------------

    /** TASK_GROUP_ENTER: pushes a new group. */
    static void enterGroup(Vm vm) {
        vm.st.push(Tag.IMMEDIATE, vm.objectValue(new TaskGroup()));
    }

    private static TaskGroup group(Vm vm, int slot) {
        ValueStack st = vm.st;
        if (st.t[slot] == Tag.IMMEDIATE && Imm.kind(st.p[slot]) == Imm.OBJECT
                && vm.objects.get(Imm.index(st.p[slot])) instanceof TaskGroup g) {
            return g;
        }
        throw RunaException.typeError("a task group instruction needs a task group");
    }

    /** TASK_GROUP_EXIT: waits for every task of the group in {@code slot}; rethrows the first failure. */
    static void exitGroup(Vm vm, int slot) {
        TaskGroup g = group(vm, slot);
        for (RunaTask t : g.tasks) {
            blocking(vm, () -> waitFor(t));
            checkCancelled(vm);
        }
        RunaTask failed = g.firstFailure.get();
        if (failed != null) {
            if (failed.values.t[1] != Tag.EMPTY) {
                vm.setPending(failed.values.t[1], failed.values.p[1]);
                throw ThrownError.INSTANCE;
            }
            throw new RunaException("Error", "a task of the group failed: " + failed.fault);
        }
    }

    /** TASK_GROUP_ABORT: cancels the group in {@code slot}, waits for its tasks, rethrows the error above it. */
    static void abortGroup(Vm vm, int slot) {
        TaskGroup g = group(vm, slot);
        g.cancelAll();
        for (RunaTask t : g.tasks) {
            blocking(vm, () -> waitFor(t));
        }
        Errors.prepareThrow(vm, slot + 1, false);
        throw ThrownError.INSTANCE;
    }

    /**
     * Runs {@code action}, a wait, in a safe region (collections may run while this thread waits) and
     * as a blocking operation of the scheduler (a task lends its thread to the VM's other tasks).
     */
    static void blocking(Vm vm, Runnable action) {
        waiting(vm, () -> {
            vm.ctx.scheduler().runBlocking(action);
            return null;
        });
    }

    /**
     * Runs {@code wait} with this thread waiting: its output flushed, in a safe region (collections go on
     * without it) and skipped by the CPU profile. For the scheduler's own primitives, which lend the
     * task's thread themselves; {@link #blocking} for every other wait. What {@code wait} throws leaves
     * after the safe region is.
     */
    static <T> T waiting(Vm vm, java.util.function.Supplier<T> wait) {
        vm.flush();
        vm.mut.enterSafeRegion();
        vm.waiting = true;
        try {
            return wait.get();
        } finally {
            vm.waiting = false;
            vm.mut.leaveSafeRegion();
        }
    }

    /** Cancels every task still running (the program ended with an error). */
    void cancelAll() {
        started.forEach(RunaTask::cancel);
    }

    /**
     * Waits for every task started in this run and for every actor's mailbox to empty (the program has
     * ended), then stops the actors. Tasks and handlers may start more tasks and send more messages
     * while it waits, so it passes again until a pass finds nothing to wait for.
     */
    void joinAll(Vm vm) {
        int joined = 0;
        boolean busy = true;
        while (busy) {
            busy = false;
            while (joined < started.size()) { // by index: the list grows while we wait
                RunaTask t = started.get(joined++);
                blocking(vm, () -> waitFor(t));
                busy = true;
            }
            Thread.interrupted();
            busy |= Actors.drain(vm, actors);
        }
        Actors.stopAll(actors);
        Thread.interrupted();
    }
}
