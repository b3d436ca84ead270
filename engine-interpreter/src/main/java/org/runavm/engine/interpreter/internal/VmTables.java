package org.runavm.engine.interpreter.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.runavm.kernel.heap.Heap;
import org.runavm.kernel.heap.RootRegistration;
import org.runavm.kernel.heap.RootSource;
import org.runavm.kernel.module.NativeFunction;

/**
 * What lasts as long as the VM rather than one of its runs: the tables that immediates index
 * (functions, classes, native functions, modules, native objects), the built-in classes, the modules
 * loaded so far, and the roots that keep their values alive. An {@link InterpreterInstance} keeps one
 * for all the programs it runs, so a module runs once per VM (language.md §8), and a value a module
 * keeps from one run (a closure, an instance, a class) still means the same in the next.
 *
 * <p>Indexes into the lists never change; additions happen under {@link #lock}.
 */
final class VmTables {
    final Object lock = new Object();
    final List<Fn> fns = new CopyOnWriteArrayList<>();
    final List<ClassInfo> classes = new CopyOnWriteArrayList<>();
    final List<NativeFn> natives = new CopyOnWriteArrayList<>();
    final List<ModuleInfo> modules = new CopyOnWriteArrayList<>();
    /** Native modules by name ({@code math}, {@code Task}); Runa modules by their file's real path. */
    final Map<String, ModuleInfo> modulesByName = new ConcurrentHashMap<>();
    /** Runa modules being loaded or loaded, by their file's real path (under {@link #lock}). */
    final Map<String, RunaModules.Loading> runaModules = new HashMap<>();
    final List<org.runavm.kernel.module.NativeObject> objects = new CopyOnWriteArrayList<>();
    final Map<String, Map<String, Integer>> nativeTypeMethods = new ConcurrentHashMap<>();
    /** Native types whose modules asked for their method tables to be made on first use (see {@link Vm#nativeMethods}). */
    final Map<String, Supplier<Map<String, NativeFunction>>> pendingTypeMethods =
            new ConcurrentHashMap<>();
    /** Set by the first run: the built-in classes and the engine's own modules. */
    BuiltinTypes types;
    ModuleInfo runtime;
    /** When the VM's functions are compiled by the tier compiler; made by the first run. */
    Tiering tiering;
    /** Retires the VM views of actors' message-loop threads; registered with the scheduler at the first spawn. */
    Actors.Views actorViews;
    /** Passes collections to the current run's memory profile; registered at the first profiled run. */
    MemoryProfile.Trigger memoryTrigger;
    private final List<RootRegistration> lasting = new ArrayList<>();

    /** Registers roots for the VM's lifetime (module globals, program constants, channels). */
    void addLastingRoots(Heap heap, RootSource source) {
        synchronized (lasting) {
            lasting.add(heap.addRoots(source));
        }
    }

    /** Releases every lasting root: the VM is closing. */
    void close() {
        synchronized (lasting) {
            lasting.forEach(RootRegistration::close);
            lasting.clear();
        }
    }
}
