package org.runavm.engine.interpreter.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.runavm.kernel.heap.Mutator;
import org.runavm.kernel.heap.RootRegistration;
import org.runavm.kernel.module.NativeObject;
import org.runavm.kernel.sched.ActorBehavior;
import org.runavm.kernel.sched.ActorRef;
import org.runavm.kernel.sched.ActorStoppedException;
import org.runavm.kernel.sched.Task;
import org.runavm.kernel.sched.TaskCancelledException;
import org.runavm.kernel.sched.TaskHandle;
import org.runavm.kernel.sched.TaskLifecycleListener;
import org.runavm.kernel.sched.TaskLimitException;
import org.runavm.kernel.sched.TaskTimeoutException;
import org.runavm.kernel.value.Tag;

/**
 * Actors on the VM's scheduler: {@code X.spawn()} constructs an instance of class X and hands the
 * kernel an {@link ActorBehavior} that runs one message (a method call on the instance) at a time
 * from the actor's FIFO mailbox. {@code Send} enqueues and returns at once; {@code Ask} also waits
 * for the reply ({@code ASK_WITHIN}: at most so many milliseconds, else TimeoutError).
 *
 * <p>An actor outside a supervisor keeps serving when a handler fails: the error goes to the Ask
 * that sent the message, and a Send's error is dropped. A supervised actor's failure is reported to
 * the kernel, whose supervisor restarts it (and its siblings, by strategy): the next message then
 * runs on a fresh instance of the class ({@link Supervisors}).
 *
 * <p>The instance and each message's arguments and reply live in rooted tables, so they stay
 * current while objects move. A handler runs on the actor's message-loop task with a {@link Vm}
 * view of that thread, made at its first message and retired when the task stops ({@link Views}).
 */
final class Actors {
    private Actors() {
    }

    /**
     * A message: the method name, its arguments and reply slot (rooted until both sides are done
     * with them).
     */
    static final class Message {
        final String name;
        final int argc;
        final RootedTable values;
        final RootRegistration roots;
        final boolean ask;
        private boolean handled;
        private boolean abandoned;

        Message(String name, int argc, RootedTable values, RootRegistration roots, boolean ask) {
            this.name = name;
            this.argc = argc;
            this.values = values;
            this.roots = roots;
            this.ask = ask;
        }

        /** The actor is done with it: unroot it unless an asker will still read the reply. */
        synchronized void handled() {
            handled = true;
            if (!ask || abandoned) {
                roots.close();
            }
        }

        /** The asker is done with it (it read the reply, or gave up waiting). */
        synchronized void released() {
            abandoned = true;
            if (handled) {
                roots.close();
            }
        }

        /**
         * The handler (or the restart before it) failed on {@code view}: the error in flight there, or
         * {@code e} made into one, becomes the message's reply.
         */
        void fail(Vm view, RunaException e) {
            if (e != null) {
                view.setPendingError(e.type(), e.getMessage());
            }
            values.t[argc] = view.regs.t[Vm.REG_PENDING];
            values.p[argc] = view.regs.p[Vm.REG_PENDING];
        }

        /** The run is over and the message was never handled (its actor stopped first). */
        synchronized void discard() {
            if (!handled) {
                handled = true;
                roots.close();
            }
        }
    }

    /** A handler failed in a supervised actor: the kernel's supervisor decides what restarts. */
    static final class HandlerFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HandlerFailed(String actor, String message) {
            super("actor " + actor + " failed handling " + message, null, false, false);
        }
    }

    /** An actor as a Runa value: its class, its instance (rooted) and its reference in the scheduler. */
    static final class Actor implements NativeObject {
        final RootedTable state = new RootedTable();
        final ClassInfo cls;
        /** This actor as a Runa value (an immediate). */
        long value;
        volatile ActorRef<Message, Boolean> ref;
        /** Messages sent and not yet handled, oldest first (the run's end waits for them). */
        final ConcurrentLinkedQueue<Message> unhandled = new ConcurrentLinkedQueue<>();
        /** The reply of the newest message: it completes after every older one (FIFO). */
        volatile TaskHandle<Boolean> newest;

        Actor(ClassInfo cls) {
            this.cls = cls;
            state.define("instance");
        }

        @Override
        public String typeName() {
            return "Actor";
        }

        @Override
        public String toText() {
            return "<actor " + cls.name + ">";
        }
    }

    /** spawn(): the instance of {@code cls} is constructed on this thread, then served by the scheduler. */
    static long spawn(Vm vm, ClassInfo cls) {
        registerViews(vm);
        Actor actor = create(vm, cls);
        try {
            actor.ref = vm.ctx.scheduler().spawnActor(cls.name, new Behavior(vm.root, actor, false, false));
        } catch (TaskLimitException e) {
            throw Tasks.tooManyTasks(vm);
        }
        vm.root.tasks.actors.add(actor);
        return actor.value;
    }

    /** A new actor of {@code cls} with its first instance, not yet known to the scheduler. */
    static Actor create(Vm vm, ClassInfo cls) {
        Actor actor = new Actor(cls);
        vm.root.addRoots(actor.state);
        construct(vm, actor);
        actor.value = vm.objectValue(actor);
        return actor;
    }

    /** Constructs a fresh instance of the actor's class into its state (at spawn and at a restart). */
    private static void construct(Vm vm, Actor actor) {
        ValueStack st = vm.st;
        int at = st.sp;
        st.push(Tag.IMMEDIATE, Imm.of(Imm.CLASS, actor.cls.index));
        try {
            vm.interp.calls().callNested(at + 1, 0);
            actor.state.t[0] = st.t[at];
            actor.state.p[0] = st.p[at];
        } finally {
            st.sp = at;
        }
    }

    static Actor actor(Vm vm, byte t, long p) {
        if (t == Tag.IMMEDIATE && Imm.kind(p) == Imm.OBJECT && vm.objects.get(Imm.index(p)) instanceof Actor a) {
            return a;
        }
        throw RunaException.typeError("Send and Ask need an actor, not " + vm.aTypeName(t, p));
    }

    /**
     * SEND/ASK: the actor in {@code slot}, the arguments above it. For Ask, waits (at most
     * {@code timeoutMs} when it is not negative) and leaves the reply in {@code slot}.
     */
    static void message(Vm vm, String name, int slot, int argc, boolean ask, long timeoutMs) {
        ValueStack st = vm.st;
        Actor actor = actor(vm, st.t[slot], st.p[slot]);
        RootedTable values = new RootedTable();
        for (int i = 0; i < argc; i++) {
            int s = values.define("arg" + i);
            values.t[s] = st.t[slot + 1 + i];
            values.p[s] = st.p[slot + 1 + i];
        }
        values.define("reply");
        Message sent = new Message(name, argc, values, vm.heap.addRoots(values), ask);
        TaskHandle<Boolean> reply;
        // a Send is an ask whose reply nobody reads but the run's end, which waits for the mailbox
        synchronized (actor) {
            actor.unhandled.add(sent); // before the actor can see it: its handler removes it
            try {
                reply = ask && timeoutMs >= 0
                        ? actor.ref.ask(sent, Duration.ofMillis(timeoutMs)) : actor.ref.ask(sent);
            } catch (ActorStoppedException e) {
                actor.unhandled.remove(sent);
                sent.discard();
                throw stopped(actor);
            }
            actor.newest = reply;
        }
        st.sp = slot + (ask ? 1 : 0);
        if (!ask) {
            return;
        }
        Boolean ok = await(vm, actor, sent, reply, timeoutMs);
        int r = argc;
        byte rt = values.t[r];
        long rp = values.p[r];
        sent.released();
        if (!ok) {
            vm.setPending(rt, rp);
            throw ThrownError.INSTANCE;
        }
        st.t[slot] = rt;
        st.p[slot] = rp;
    }

    /** Waits for an Ask's reply in a safe region; true if the handler returned, false if it failed. */
    private static Boolean await(Vm vm, Actor actor, Message sent, TaskHandle<Boolean> reply, long timeoutMs) {
        try {
            return Tasks.waiting(vm, reply::await);
        } catch (HandlerFailed e) {
            return Boolean.FALSE;
        } catch (TaskTimeoutException e) {
            sent.released();
            throw new RunaException("TimeoutError", "no reply to " + sent.name + " within " + timeoutMs + " ms");
        } catch (ActorStoppedException e) {
            sent.released();
            throw stopped(actor);
        } catch (TaskCancelledException e) {
            sent.released();
            Tasks.checkCancelled(vm);
            throw new RunaException("CancelledError", "cancelled while waiting for a reply to " + sent.name);
        }
    }

    private static RunaException stopped(Actor actor) {
        return RunaException.valueError("the actor " + actor.cls.name + " has stopped");
    }

    /** What the kernel calls for each message: runs the handler on this thread's view of the VM. */
    static final class Behavior implements ActorBehavior<Message, Boolean> {
        private final Vm root;
        private final Actor actor;
        private final boolean supervised;
        /** A restart's behaviour constructs a fresh instance before its first message. */
        private boolean fresh;

        Behavior(Vm root, Actor actor, boolean supervised, boolean fresh) {
            this.root = root;
            this.actor = actor;
            this.supervised = supervised;
            this.fresh = fresh;
        }

        @Override
        public Boolean receive(Message m) {
            Vm view = Views.enter(root);
            try {
                boolean ok = fresh ? restart(view, m) : true;
                if (ok) {
                    ok = handle(view, actor, m);
                }
                actor.unhandled.remove(m);
                m.handled();
                if (!ok && supervised) {
                    throw new HandlerFailed(actor.cls.name, m.name);
                }
                return ok;
            } finally {
                Views.leave(view);
            }
        }

        /** Constructs the restarted actor's instance; a failure to do so fails the message. */
        private boolean restart(Vm view, Message m) {
            fresh = false;
            try {
                construct(view, actor);
                return true;
            } catch (ThrownError e) {
                m.fail(view, null);
            } catch (RunaException e) {
                m.fail(view, e);
            }
            fresh = true; // the next message tries again
            return false;
        }
    }

    /** Runs message {@code m} on the actor's instance; its reply or error goes to the message's reply slot. */
    private static boolean handle(Vm view, Actor actor, Message m) {
        ValueStack st = view.st;
        int at = st.sp;
        try {
            st.push(actor.state.t[0], actor.state.p[0]);
            for (int i = 0; i < m.argc; i++) {
                st.push(m.values.t[i], m.values.p[i]);
            }
            view.interp.calls().callMethodNested(m.name, at, m.argc);
            m.values.t[m.argc] = st.t[at];
            m.values.p[m.argc] = st.p[at];
            return true;
        } catch (ThrownError e) {
            m.fail(view, null);
            return false;
        } catch (RunaException e) {
            m.fail(view, e);
            return false;
        } finally {
            st.sp = at;
        }
    }

    /**
     * The VM views of message-loop threads. A loop task handles messages back to back on one thread,
     * so its view (a mutator and a value stack) is made at its first message and kept, in a safe
     * region between messages, until the task stops.
     */
    static final class Views implements TaskLifecycleListener {
        private static final ThreadLocal<Vm> VIEW = new ThreadLocal<>();

        static Vm enter(Vm root) {
            Vm view = VIEW.get();
            if (view == null || view.root != root) {
                Mutator mut = root.heap.attach();
                view = new Vm(root, mut);
                VIEW.set(view);
            } else {
                view.mut.leaveSafeRegion();
            }
            return view;
        }

        static void leave(Vm view) {
            view.flush();
            view.mut.enterSafeRegion();
        }

        @Override
        public void taskStarted(Task task) {
        }

        @Override
        public void taskStopped(Task task) {
            Vm view = VIEW.get();
            if (view != null) {
                VIEW.remove();
                view.mut.leaveSafeRegion();
                view.releaseRoots();
                view.mut.close();
            }
        }
    }

    /** Makes sure the scheduler retires the views of message-loop threads (once per VM). */
    static void registerViews(Vm vm) {
        synchronized (vm.lock) {
            if (vm.tables.actorViews == null) {
                vm.tables.actorViews = new Views();
                vm.ctx.scheduler().addLifecycleListener(vm.tables.actorViews);
            }
        }
    }

    /**
     * One pass of the run's end over its actors: waits for the newest message of each that has one
     * pending (mailboxes are FIFO, so for its whole mailbox). Returns whether it waited for any, in
     * which case handlers may have sent more messages or started tasks, and the caller passes again.
     */
    static boolean drain(Vm vm, List<Actor> actors) {
        boolean waited = false;
        for (int i = 0; i < actors.size(); i++) { // by index: handlers may spawn actors meanwhile
            TaskHandle<Boolean> newest = actors.get(i).newest;
            if (newest != null && !newest.isDone()) {
                Tasks.blocking(vm, newest::settle);
                waited = true;
            }
        }
        return waited;
    }

    /** The run is over and its mailboxes are empty: stops its actors and unroots what they never handled. */
    static void stopAll(List<Actor> actors) {
        for (Actor a : actors) {
            a.ref.stop();
            a.unhandled.forEach(Message::discard);
        }
    }
}
