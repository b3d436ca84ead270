package org.runavm.engine.interpreter.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.runavm.kernel.heap.Mutator;
import org.runavm.kernel.heap.RootRegistration;
import org.runavm.kernel.module.NativeObject;
import org.runavm.kernel.value.Tag;

/**
 * Actors: {@code X.spawn()} constructs an instance of class X and gives it a FIFO mailbox served by
 * its own virtual thread, which runs one message (a method call) at a time. {@code Send} enqueues
 * and returns at once; {@code Ask} also waits for the reply ({@code ASK_WITHIN}: at most so many
 * milliseconds, else TimeoutError). The instance and each message's arguments and reply live in
 * rooted tables, so they stay current while objects move.
 */
final class Actors {
    private Actors() {
    }

    /**
     * A message: the method name, its arguments and reply slot (rooted until both sides are done
     * with them), and for Ask the reply's completion.
     */
    private static final class Message {
        final String name;
        final int argc;
        final RootedTable values;
        final RootRegistration roots;
        final CompletableFuture<Boolean> reply;
        private boolean handled;
        private boolean abandoned;

        Message(String name, int argc, RootedTable values, RootRegistration roots, CompletableFuture<Boolean> reply) {
            this.name = name;
            this.argc = argc;
            this.values = values;
            this.roots = roots;
            this.reply = reply;
        }

        /** The actor is done with it: unroot it unless an asker will still read the reply. */
        synchronized void handled() {
            handled = true;
            if (reply == null || abandoned) {
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
    }

    /** An actor's Java state. */
    static final class Actor implements NativeObject {
        final RootedTable state = new RootedTable();
        final LinkedBlockingQueue<Message> mailbox = new LinkedBlockingQueue<>();
        final String className;

        Actor(String className) {
            this.className = className;
            state.define("instance");
        }

        @Override
        public String typeName() {
            return "Actor";
        }

        @Override
        public String toText() {
            return "<actor " + className + ">";
        }
    }

    /** spawn(): the instance of {@code cls} is constructed on this thread, then served by a new one. */
    static long spawn(Vm vm, ClassInfo cls) {
        ValueStack st = vm.st;
        int at = st.sp;
        st.push(Tag.IMMEDIATE, Imm.of(Imm.CLASS, cls.index));
        vm.interp.calls().callNested(at + 1, 0);
        Actor actor = new Actor(cls.name);
        vm.root.addRoots(actor.state);
        actor.state.t[0] = st.t[at];
        actor.state.p[0] = st.p[at];
        st.sp = at;
        Vm root = vm.root;
        root.tasks.actorThreads.add(Thread.ofVirtual().name("runa-actor-" + cls.name).start(() -> serve(root, actor)));
        return vm.objectValue(actor);
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
        RootRegistration roots = vm.heap.addRoots(values);
        CompletableFuture<Boolean> reply = ask ? new CompletableFuture<>() : null;
        Message sent = new Message(name, argc, values, roots, reply);
        actor.mailbox.add(sent);
        st.sp = slot + (ask ? 1 : 0);
        if (!ask) {
            return;
        }
        vm.flush();
        Boolean ok = null;
        vm.mut.enterSafeRegion();
        try {
            ok = timeoutMs < 0 ? reply.get() : reply.get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.TimeoutException e) {
            ok = null;
        } catch (java.util.concurrent.ExecutionException e) {
            ok = Boolean.FALSE;
        } finally {
            vm.mut.leaveSafeRegion();
        }
        Tasks.checkCancelled(vm);
        if (ok == null) {
            sent.released();
            throw new RunaException("TimeoutError", "no reply to " + name + " within " + timeoutMs + " ms");
        }
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

    private static void serve(Vm root, Actor actor) {
        Mutator mut = root.heap.attach();
        Vm view = new Vm(root, mut);
        try {
            while (true) {
                Message m;
                mut.enterSafeRegion();
                try {
                    m = actor.mailbox.poll(50, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    return;
                } finally {
                    mut.leaveSafeRegion();
                }
                if (m == null) {
                    if (root.tasks.stopping) {
                        return;
                    }
                    continue;
                }
                handle(view, actor, m);
            }
        } finally {
            view.releaseRoots();
            mut.close();
        }
    }

    private static void handle(Vm view, Actor actor, Message m) {
        ValueStack st = view.st;
        int at = st.sp;
        boolean ok = true;
        try {
            st.push(actor.state.t[0], actor.state.p[0]);
            for (int i = 0; i < m.argc; i++) {
                st.push(m.values.t[i], m.values.p[i]);
            }
            view.interp.calls().callMethodNested(m.name, at, m.argc);
            m.values.t[m.argc] = st.t[at];
            m.values.p[m.argc] = st.p[at];
        } catch (ThrownError e) {
            ok = false;
            m.values.t[m.argc] = view.regs.t[Vm.REG_PENDING];
            m.values.p[m.argc] = view.regs.p[Vm.REG_PENDING];
        } catch (RunaException e) {
            ok = false;
            view.setPendingError(e.type(), e.getMessage());
            m.values.t[m.argc] = view.regs.t[Vm.REG_PENDING];
            m.values.p[m.argc] = view.regs.p[Vm.REG_PENDING];
        } finally {
            st.sp = at;
        }
        m.handled();
        if (m.reply != null) {
            m.reply.complete(ok);
        }
    }
}
