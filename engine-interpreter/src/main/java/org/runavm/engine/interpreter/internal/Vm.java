package org.runavm.engine.interpreter.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.bytecode.TypeInfo;
import org.runavm.kernel.exec.StackFrame;
import org.runavm.kernel.exec.VmContext;
import org.runavm.kernel.heap.Heap;
import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.Mutator;
import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.heap.Slots;
import org.runavm.kernel.heap.objects.Instances;
import org.runavm.kernel.heap.objects.Lists;
import org.runavm.kernel.heap.objects.Texts;
import org.runavm.kernel.module.NativeObject;
import org.runavm.kernel.value.Tag;

/**
 * The state of one VM as the interpreter sees it: the heap and this thread's mutator, the tables
 * that immediates index (functions, classes, native functions, modules, native objects), the loaded
 * programs, the buffered standard output and a few rooted registers.
 *
 * <p>The program's thread has the root VM; each task and actor thread has a view of it
 * ({@link #Vm(Vm, Mutator)}) with its own value stack, registers and mutator over the shared tables.
 */
final class Vm {
    /** Register slots: the error in flight, and the pre-built error used when memory runs out. */
    static final int REG_PENDING = 0;
    static final int REG_OOM = 1;
    /** Stack traces are cut to this many frames (a stack overflow would otherwise list 100,000). */
    static final int MAX_TRACE = 64;

    final VmContext ctx;
    final Heap heap;
    final Mutator mut;
    final HeapMemory mem;
    final ValueStack st = new ValueStack(1024, 64);
    /** The VM a task view belongs to (itself for the VM of the program's own thread). */
    final Vm root;
    /** What outlives this run: the tables below and the loaded modules. */
    final VmTables tables;
    /** Guards additions to the shared tables, whose indexes must stay unique across threads. */
    final Object lock;
    final List<Fn> fns;
    final List<ClassInfo> classes;
    final List<NativeFn> natives;
    final List<ModuleInfo> modules;
    final Map<String, ModuleInfo> modulesByName;
    final List<NativeObject> objects;
    final Map<String, Map<String, Integer>> nativeTypeMethods;
    final RootedTable regs = new RootedTable();
    private final List<org.runavm.kernel.heap.RootRegistration> registrations = new ArrayList<>();
    private final List<RootedTable> runTables = new ArrayList<>();
    final BuiltinTypes types;
    final ModuleInfo runtime;
    final Builtins builtins;
    final StringBuilder out;
    final Limits limits;
    final Interpreter interp;
    final Tiering tiering;
    final Tasks tasks;
    /** The run's foreign-function state, shared by its task views. */
    final Foreign foreign;
    List<String> arguments = List.of();
    /** The program being run (for Runtime.call). */
    Program main;
    private java.io.BufferedReader reader;
    int maxDepth = 100_000;
    /** The task this view runs, or null on the program's own thread. */
    Tasks.RunaTask currentTask;
    /** Whether this thread is waiting (await, a channel, a lock, sleep, an Ask): the CPU profile skips it. */
    volatile boolean waiting;
    /** The run's {@code --profile-cpu} profile (on the root VM), or null. */
    volatile CpuProfile cpuProfile;
    /** The run's {@code --profile-memory} profile (on the root VM), or null. */
    volatile MemoryProfile memoryProfile;
    /** Set when a VM limit raised OutOfMemoryError or TimeoutError. */
    boolean limitHit;

    Vm(VmContext ctx, Mutator mut) {
        this(ctx, mut, new VmTables());
    }

    /**
     * The VM of one run of a program: its own value stack, registers, output buffer, tasks and
     * limits; the tables, built-in classes and loaded modules of {@code tables}, which the first
     * run fills and later runs of the same VM reuse.
     */
    Vm(VmContext ctx, Mutator mut, VmTables tables) {
        this.ctx = ctx;
        this.heap = mut.heap();
        this.mut = mut;
        this.mem = mut.memory();
        this.root = this;
        this.tables = tables;
        this.lock = tables.lock;
        this.fns = tables.fns;
        this.classes = tables.classes;
        this.natives = tables.natives;
        this.modules = tables.modules;
        this.modulesByName = tables.modulesByName;
        this.objects = tables.objects;
        this.nativeTypeMethods = tables.nativeTypeMethods;
        this.out = new StringBuilder();
        this.tasks = new Tasks();
        addRoots(st);
        addRoots(regs);
        regs.define("pending");
        regs.define("oom");
        boolean first;
        synchronized (tables.lock) {
            first = tables.types == null;
            if (first) {
                tables.types = new BuiltinTypes(this);
            }
        }
        this.types = tables.types;
        this.limits = new Limits(ctx);
        synchronized (tables.lock) {
            if (tables.tiering == null) {
                tables.tiering = new Tiering(ctx);
            }
        }
        this.tiering = tables.tiering;
        this.interp = new Interpreter(this);
        synchronized (tables.lock) {
            if (tables.runtime == null) {
                tables.runtime = RuntimeModule.create(this);
                Pointers.createMemoryModule(this);
                Tasks.define(this);
                Supervisors.define(this);
            }
        }
        this.runtime = tables.runtime;
        this.foreign = new Foreign(this);
        this.builtins = new Builtins(this);
        preallocateOutOfMemory();
    }

    /**
     * A view of {@code parent} for a task's thread: its own value stack, registers, mutator and
     * dispatch loop; every table, the output buffer and the limits shared.
     */
    Vm(Vm parent, Mutator mut) {
        this.ctx = parent.ctx;
        this.heap = parent.heap;
        this.mut = mut;
        this.mem = mut.memory();
        this.root = parent.root;
        this.tables = parent.tables;
        this.lock = parent.lock;
        this.fns = parent.fns;
        this.classes = parent.classes;
        this.natives = parent.natives;
        this.modules = parent.modules;
        this.modulesByName = parent.modulesByName;
        this.objects = parent.objects;
        this.nativeTypeMethods = parent.nativeTypeMethods;
        this.out = parent.out;
        this.tasks = parent.tasks;
        this.types = parent.types;
        this.limits = parent.limits;
        this.runtime = parent.runtime;
        this.foreign = parent.foreign;
        this.arguments = parent.arguments;
        this.main = parent.main;
        this.maxDepth = parent.maxDepth;
        this.tiering = parent.tiering;
        addRoots(st);
        addRoots(regs);
        regs.define("pending");
        regs.define("oom");
        this.interp = new Interpreter(this);
        this.builtins = new Builtins(this);
        preallocateOutOfMemory();
        CpuProfile profile = root.cpuProfile;
        if (profile != null) {
            profile.threadStarted(this);
        }
    }

    private void preallocateOutOfMemory() {
        long oom = newError(types.byName.get("OutOfMemoryError"), "the managed heap is exhausted");
        regs.t[REG_OOM] = Tag.REF;
        regs.p[REG_OOM] = oom;
    }

    /**
     * Registers a root source for the lifetime of this run. When the run ends, a table of values
     * (the program's globals, a task's values) is emptied as well as released: a closure of this run
     * that a module keeps and a later run calls then reads null there, never a stale reference.
     */
    void addRoots(org.runavm.kernel.heap.RootSource source) {
        synchronized (registrations) {
            registrations.add(heap.addRoots(source));
            if (source instanceof RootedTable table) {
                runTables.add(table);
            }
        }
    }

    /** Registers a root source for the lifetime of the VM (see {@link VmTables}). */
    void addLastingRoots(org.runavm.kernel.heap.RootSource source) {
        tables.addLastingRoots(heap, source);
    }

    /** Removes every root source this VM registered (the run is over). */
    void releaseRoots() {
        CpuProfile profile = root.cpuProfile;
        if (profile != null && root != this) {
            profile.threadStopped(this);
        }
        synchronized (registrations) {
            for (org.runavm.kernel.heap.RootRegistration r : registrations) {
                r.close();
            }
            registrations.clear();
            runTables.forEach(RootedTable::forget);
            runTables.clear();
        }
    }

    Fn addFunction(Program program, FunctionInfo info, byte[] code, int cacheSlots) {
        synchronized (lock) {
            Fn fn = new Fn(fns.size(), program, info, code, cacheSlots);
            fns.add(fn);
            return fn;
        }
    }

    ClassInfo addClass(String name, ClassInfo parent) {
        return addBuiltin(name, parent, ClassInfo.USER);
    }

    ClassInfo addBuiltin(String name, ClassInfo parent, int code) {
        synchronized (lock) {
            ClassInfo c = new ClassInfo(classes.size(), name, parent, code);
            classes.add(c);
            return c;
        }
    }

    /**
     * Makes sure {@code c} knows its parent (see {@link Program#link}): construction and the
     * introspection of a class call this first. A linked class costs one volatile read.
     */
    ClassInfo linked(ClassInfo c) {
        if (!c.linked) {
            synchronized (lock) {
                c.program.link(this, c);
            }
        }
        return c;
    }

    /** A built-in class or type by name, or null. */
    ClassInfo builtinClass(String name) {
        return types.byName.get(name);
    }

    /**
     * The method table of native type {@code typeName} (method name to native function), or null if it
     * has none. A table its module declared to be made on first use is made here, once: other threads
     * asking meanwhile wait for it.
     */
    Map<String, Integer> nativeMethods(String typeName) {
        Map<String, Integer> methods = nativeTypeMethods.get(typeName);
        if (methods == null && tables.pendingTypeMethods.containsKey(typeName)) {
            // under the tables' lock, which adding the natives takes anyway; not inside a
            // computeIfAbsent of the map, whose bin lock would then be held while waiting for it
            synchronized (lock) {
                methods = nativeTypeMethods.get(typeName);
                if (methods == null) {
                    methods = NativeModules.methodTable(this, typeName, tables.pendingTypeMethods.get(typeName).get());
                    nativeTypeMethods.put(typeName, methods);
                }
            }
        }
        return methods;
    }

    int addNative(NativeFn fn) {
        synchronized (lock) {
            natives.add(fn);
            return natives.size() - 1;
        }
    }

    long objectValue(NativeObject object) {
        synchronized (lock) {
            objects.add(object);
            return Imm.of(Imm.OBJECT, objects.size() - 1);
        }
    }

    /** The immediate of a type of {@code program} (a class, or a built-in type by its name). */
    long typeValue(Program program, int typeId) {
        ClassInfo c = classFor(program, typeId);
        return Imm.of(Imm.CLASS, c != null ? c.index : types.get(BuiltinTypes.ANY).index);
    }

    /** The engine class of a program's type id: its class, or the built-in of that name. */
    ClassInfo classFor(Program program, int typeId) {
        ClassInfo c = program.classes[typeId];
        if (c != null) {
            return c;
        }
        TypeInfo type = program.image.types().get(typeId);
        c = builtinClass(type.name());
        if (c == null && type.shape() instanceof TypeInfo.External) {
            c = program.boundClass(this, type.name());
        }
        return c;
    }

    /** The class (or built-in type) of a value. */
    ClassInfo classOf(byte tag, long payload) {
        return switch (tag) {
            case Tag.INTEGER -> types.get(BuiltinTypes.INTEGER);
            case Tag.DECIMAL -> types.get(BuiltinTypes.DECIMAL);
            case Tag.BOOLEAN -> types.get(BuiltinTypes.BOOLEAN);
            case Tag.REF -> classOfObject(payload);
            case Tag.IMMEDIATE -> switch (Imm.kind(payload)) {
                case Imm.FUNCTION, Imm.NATIVE -> types.get(BuiltinTypes.FUNCTION);
                case Imm.CLASS -> types.get(BuiltinTypes.TYPE);
                case Imm.MODULE -> types.get(BuiltinTypes.MODULE);
                default -> nativeClass(objects.get(Imm.index(payload)));
            };
            default -> types.get(BuiltinTypes.NULL);
        };
    }

    private ClassInfo nativeClass(NativeObject o) {
        return nativeType(o.typeName());
    }

    /** The class of the native type {@code name} (Task, Channel, a module's type), made on first use. */
    ClassInfo nativeType(String name) {
        synchronized (lock) {
            return types.byName.computeIfAbsent(name, n -> addBuiltin(n, null, BuiltinTypes.NATIVE));
        }
    }

    private ClassInfo classOfObject(long ref) {
        return switch (Slots.shape(mem, ref)) {
            case Shapes.TEXT_LATIN1, Shapes.TEXT_UTF32 -> types.get(BuiltinTypes.TEXT);
            case Shapes.LIST -> types.get(BuiltinTypes.LIST);
            case Shapes.MAP -> types.get(BuiltinTypes.MAP);
            case Shapes.SET -> types.get(BuiltinTypes.SET);
            case Shapes.TUPLE -> types.get(BuiltinTypes.TUPLE);
            case Shapes.BYTES -> types.get(BuiltinTypes.BYTES);
            case Shapes.INSTANCE -> classes.get(Imm.index(Instances.classPayload(mem, ref)));
            case Shapes.CLOSURE, EngineShapes.BOUND_METHOD -> types.get(BuiltinTypes.FUNCTION);
            case EngineShapes.POINTER -> types.get(BuiltinTypes.POINTER);
            default -> types.get(BuiltinTypes.ANY);
        };
    }

    String typeName(byte tag, long payload) {
        return classOf(tag, payload).name;
    }

    /** The type name with its indefinite article, for messages: "an Integer", "a Text". */
    String aTypeName(byte tag, long payload) {
        return withArticle(typeName(tag, payload));
    }

    /** {@code name} after its indefinite article: "an Integer", "a Text". */
    static String withArticle(String name) {
        return ("AEIOU".indexOf(name.isEmpty() ? 'x' : name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    boolean isText(byte tag, long payload) {
        return tag == Tag.REF && Texts.isText(mem, payload);
    }

    boolean isShape(byte tag, long payload, int shape) {
        return tag == Tag.REF && Slots.shape(mem, payload) == shape;
    }

    boolean isInstance(byte tag, long payload) {
        return isShape(tag, payload, Shapes.INSTANCE);
    }

    /** Allocates a Text. A safepoint: every address held in a Java local is stale afterwards. */
    long text(String s) {
        return Texts.allocate(mut, s);
    }

    String str(long text) {
        return Texts.toJavaString(mem, text);
    }

    // ---- errors ---------------------------------------------------------------------------------

    /** The current Runa stack, innermost first, from the frame records (each frame's pc must be current). */
    List<StackFrame> stackFrames() {
        List<StackFrame> frames = new ArrayList<>();
        for (int d = st.depth; d >= 1 && frames.size() < MAX_TRACE; d--) {
            Fn fn = st.fFn[d];
            String pos = fn.program.position(st.fPc[d]);
            int c2 = pos.lastIndexOf(':');
            int c1 = pos.lastIndexOf(':', c2 - 1);
            frames.add(new StackFrame(fn.name, pos.substring(0, c1), Integer.parseInt(pos.substring(c1 + 1, c2)),
                    Integer.parseInt(pos.substring(c2 + 1))));
        }
        return frames;
    }

    /** A new error instance of {@code cls} with a message and the current stack trace. A safepoint. */
    long newError(ClassInfo cls, String message) {
        int mark = mut.localsMark();
        int inst = mut.pushLocal(newInstance(cls));
        long msg = text(message);
        Instances.setField(mut, mut.local(inst), 0, Tag.REF, msg);
        fillStackTrace(inst);
        long result = mut.local(inst);
        mut.popLocals(mark);
        return result;
    }

    /** Sets the {@code stack_trace} field of the error held in local root {@code inst}. */
    void fillStackTrace(int inst) {
        List<StackFrame> frames = stackFrames();
        int list = mut.pushLocal(Lists.allocate(mut, frames.size()));
        for (StackFrame f : frames) {
            long t = text(f.toString());
            mut.setLocal(list, Lists.add(mut, mut.local(list), Tag.REF, t));
        }
        Instances.setField(mut, mut.local(inst), 1, Tag.REF, mut.local(list));
    }

    /** A new instance with every field null. A safepoint. */
    long newInstance(ClassInfo cls) {
        long inst = Instances.allocate(mut, Tag.IMMEDIATE, Imm.of(Imm.CLASS, cls.index), cls.fields.size());
        for (int i = 0; i < cls.fields.size(); i++) {
            Slots.setRaw(mem, inst, i + 1L, Tag.NULL, 0);
        }
        return inst;
    }

    /** Makes the error of a {@link RunaException} (or a native failure) the pending error. */
    void setPendingError(String type, String message) {
        ClassInfo cls = builtinClass(type);
        if (cls == null || !types.isError(cls)) {
            cls = types.error;
            message = type + ": " + message;
        }
        long e = newError(cls, message);
        setPending(Tag.REF, e);
    }

    void setPending(byte tag, long payload) {
        regs.t[REG_PENDING] = tag;
        regs.p[REG_PENDING] = payload;
    }

    /** The message of an error instance, or its text form for anything else. */
    String errorMessage(byte tag, long payload) {
        if (isInstance(tag, payload)) {
            ClassInfo c = classOf(tag, payload);
            Integer idx = c.fieldIndex.get("message");
            if (idx != null && types.isError(c)) {
                byte mt = Instances.fieldTag(mem, payload, idx);
                long mp = Instances.fieldPayload(mem, payload, idx);
                return isText(mt, mp) ? str(mp) : TextForm.plain(this, mt, mp);
            }
        }
        return TextForm.plain(this, tag, payload);
    }

    // ---- output ---------------------------------------------------------------------------------

    /**
     * Buffers a line of program output. The buffer is shared by the VM's tasks (every {@code Vm}
     * view of one run has the same {@code out}), so appending and flushing lock it: two threads
     * flushing at once would otherwise write the same text twice, or lose some.
     */
    void display(String line) {
        write(line + '\n');
    }

    /** Buffers text without a newline ({@code io.write}); see {@link #display}. */
    void write(String text) {
        synchronized (out) {
            out.append(text);
            if (out.length() > 8192) {
                flush();
            }
        }
    }

    /** Standard input as lines: one reader per run, shared by its tasks (a reader each would split the buffer). */
    java.io.BufferedReader reader() {
        if (root != this) {
            return root.reader();
        }
        synchronized (regs) {
            if (reader == null) {
                reader = RuntimeModule.reader(this);
            }
            return reader;
        }
    }

    void flush() {
        synchronized (out) {
            if (!out.isEmpty()) {
                PrintStream ps = ctx.streams().out();
                byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
                ps.write(bytes, 0, bytes.length);
                ps.flush();
                out.setLength(0);
            }
        }
    }
}
