package org.runavm.engine.interpreter.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.heap.objects.Lists;
import org.runavm.kernel.module.NativeFunction;
import org.runavm.kernel.module.NativeObject;
import org.runavm.kernel.sched.ActorRef;
import org.runavm.kernel.sched.ChildSpec;
import org.runavm.kernel.sched.RestartStrategy;
import org.runavm.kernel.sched.Supervisor;
import org.runavm.kernel.sched.SupervisorSpec;
import org.runavm.kernel.sched.TaskLimitException;
import org.runavm.kernel.value.Tag;

/**
 * {@code Supervisor.start(strategy, children[, max_restarts[, within_ms]])}: starts one actor per class
 * in {@code children} under the kernel's supervisor. When a child's handler fails, the supervisor
 * restarts the failed child ({@code "one_for_one"}), every child ({@code "one_for_all"}) or the failed
 * child and those started after it ({@code "rest_for_one"}): a restarted child keeps its mailbox and
 * its reference, and handles its next message on a fresh instance of its class. More than
 * {@code max_restarts} restarts (default 3) within {@code within_ms} milliseconds (default 5000)
 * make the supervisor give up and stop every child; a message to a stopped child raises ValueError.
 */
final class Supervisors {
    private Supervisors() {
    }

    /** A running supervisor as a Runa value: the kernel's supervisor and its children's actors. */
    static final class RunaSupervisor implements NativeObject {
        final Supervisor supervisor;
        final List<Actors.Actor> children;

        RunaSupervisor(Supervisor supervisor, List<Actors.Actor> children) {
            this.supervisor = supervisor;
            this.children = children;
        }

        @Override
        public String typeName() {
            return "Supervisor";
        }

        @Override
        public String toText() {
            return "<supervisor " + supervisor.spec().strategy().name().toLowerCase(Locale.ROOT) + " of "
                    + children.size() + ">";
        }
    }

    static void define(Vm vm) {
        ModuleInfo info = NativeModules.register(vm, "Supervisor");
        NativeModules.function(vm, info, "start", "Supervisor.start", 2, 4, c -> start((NativeCallImpl) c));
        Map<String, Integer> methods = new ConcurrentHashMap<>();
        vm.nativeTypeMethods.put("Supervisor", methods);
        method(vm, methods, "children", 0, 0, c -> {
            NativeCallImpl call = (NativeCallImpl) c;
            Vm v = call.vm();
            List<Actors.Actor> children = supervisor(call).children;
            int at = v.st.sp;
            for (Actors.Actor child : children) {
                v.st.push(Tag.IMMEDIATE, child.value);
            }
            Collections.build(v, Op.NEW_LIST, children.size(), at + children.size());
            call.finishWith(v.st.t[at], v.st.p[at]);
        });
        method(vm, methods, "child", 1, 1, c -> {
            NativeCallImpl call = (NativeCallImpl) c;
            call.finishWith(Tag.IMMEDIATE, child(call, supervisor(call)).value);
        });
        method(vm, methods, "restart_count", 0, 0, c -> c.returnInteger(supervisor(c).supervisor.restartCount()));
        method(vm, methods, "is_running", 0, 0, c -> c.returnBoolean(supervisor(c).supervisor.isRunning()));
        method(vm, methods, "stop", 0, 0, c -> {
            supervisor(c).supervisor.stop();
            c.returnNull();
        });
    }

    private static void method(Vm vm, Map<String, Integer> methods, String name, int min, int max, NativeFunction fn) {
        methods.put(name, vm.addNative(new NativeFn("Supervisor." + name, min, max, fn)));
    }

    private static RunaSupervisor supervisor(org.runavm.kernel.module.NativeCall call) {
        return (RunaSupervisor) call.receiver();
    }

    /** {@code child(name)} by class name, or {@code child(i)} by position (from 0, in start order). */
    private static Actors.Actor child(NativeCallImpl call, RunaSupervisor s) {
        if (call.typeName(0).equals("Integer")) {
            long i = call.integer(0);
            if (i < 0 || i >= s.children.size()) {
                throw new RunaException("IndexError", "no child " + i + ": the supervisor has " + s.children.size()
                        + (s.children.size() == 1 ? " child" : " children"));
            }
            return s.children.get((int) i);
        }
        String name = call.text(0);
        for (Actors.Actor a : s.children) {
            if (a.cls.name.equals(name)) {
                return a;
            }
        }
        throw new RunaException("KeyError", "the supervisor has no child called " + name);
    }

    private static void start(NativeCallImpl call) {
        Vm vm = call.vm();
        RestartStrategy strategy = strategy(call.text(0));
        List<ClassInfo> classes = actorClasses(vm, call.slot(1));
        long maxRestarts = call.argumentCount() > 2 ? call.integer(2) : 3;
        long withinMs = call.argumentCount() > 3 ? call.integer(3) : 5000;
        if (maxRestarts < 0 || maxRestarts > Integer.MAX_VALUE) {
            throw RunaException.valueError("max_restarts must be between 0 and " + Integer.MAX_VALUE + ", got " + maxRestarts);
        }
        if (withinMs < 1) {
            throw RunaException.valueError("within_ms must be at least 1, got " + withinMs);
        }
        Actors.registerViews(vm);
        List<Actors.Actor> actors = new ArrayList<>();
        List<ChildSpec<?, ?>> specs = new ArrayList<>();
        for (ClassInfo cls : classes) {
            Actors.Actor actor = Actors.create(vm, cls);
            actors.add(actor);
            AtomicBoolean first = new AtomicBoolean(true);
            // the first behaviour serves the instance made above; each restart's makes a fresh one
            specs.add(new ChildSpec<Actors.Message, Boolean>(cls.name,
                    () -> new Actors.Behavior(vm.root, actor, true, !first.getAndSet(false))));
        }
        Supervisor supervisor;
        try {
            supervisor = vm.ctx.scheduler().supervise(
                    new SupervisorSpec(strategy, (int) maxRestarts, Duration.ofMillis(withinMs)), specs);
        } catch (TaskLimitException e) {
            throw Tasks.tooManyTasks(vm);
        }
        List<ActorRef<?, ?>> refs = supervisor.children();
        for (int i = 0; i < actors.size(); i++) {
            @SuppressWarnings("unchecked")
            ActorRef<Actors.Message, Boolean> ref = (ActorRef<Actors.Message, Boolean>) refs.get(i);
            actors.get(i).ref = ref;
        }
        vm.root.tasks.actors.addAll(actors);
        call.returnValue(new RunaSupervisor(supervisor, List.copyOf(actors)));
    }

    private static RestartStrategy strategy(String name) {
        return switch (name) {
            case "one_for_one" -> RestartStrategy.ONE_FOR_ONE;
            case "one_for_all" -> RestartStrategy.ONE_FOR_ALL;
            case "rest_for_one" -> RestartStrategy.REST_FOR_ONE;
            default -> throw RunaException.valueError("unknown supervisor strategy \"" + name
                    + "\" (one_for_one, one_for_all or rest_for_one)");
        };
    }

    /** The classes of the List in {@code slot}, each one that can be spawned as an actor. */
    private static List<ClassInfo> actorClasses(Vm vm, int slot) {
        byte t = vm.st.t[slot];
        long p = vm.st.p[slot];
        if (!vm.isShape(t, p, Shapes.LIST)) {
            throw RunaException.typeError("Supervisor.start needs a List of actor classes, not " + vm.aTypeName(t, p));
        }
        List<ClassInfo> classes = new ArrayList<>();
        long n = Lists.size(vm.mem, p);
        for (long i = 0; i < n; i++) {
            byte et = Lists.tag(vm.mem, p, i);
            long ep = Lists.payload(vm.mem, p, i);
            ClassInfo cls = et == Tag.IMMEDIATE && Imm.kind(ep) == Imm.CLASS ? vm.classes.get(Imm.index(ep)) : null;
            if (cls == null || cls.builtin != ClassInfo.USER || vm.types.isError(cls)) {
                throw RunaException.typeError("Supervisor.start needs a List of actor classes, but child " + i + " is "
                        + vm.aTypeName(et, ep));
            }
            classes.add(cls);
        }
        if (classes.isEmpty()) {
            throw RunaException.valueError("Supervisor.start needs at least one child");
        }
        return classes;
    }
}
