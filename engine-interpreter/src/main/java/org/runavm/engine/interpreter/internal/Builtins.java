package org.runavm.engine.interpreter.internal;

import org.runavm.kernel.heap.objects.HashTables;
import org.runavm.kernel.heap.objects.Lists;
import org.runavm.kernel.module.NativeModule;
import org.runavm.kernel.value.Tag;

/**
 * What every program has without importing: the built-in types and error classes as globals,
 * {@code input}, {@code Runtime}, the methods of built-in values (delegated to {@link ValueMethods}),
 * properties of non-instances, and {@code Import}.
 */
final class Builtins {
    private final Vm vm;
    private final ModuleInfo runtime;

    Builtins(Vm vm) {
        this.vm = vm;
        this.runtime = vm.runtime;
    }

    /** Pushes the built-in global {@code name}, or raises NameError. */
    void loadGlobal(String name) {
        // Task, Channel, Mutex and Semaphore first: once a value of one of them has been typed, a
        // class of that name exists too (Vm.nativeType), and it must not hide Task.run or Channel(n)
        if (name.equals("Runtime") || name.equals("Task") || name.equals("Memory") || name.equals("Supervisor")) {
            vm.st.push(Tag.IMMEDIATE, Imm.of(Imm.MODULE, vm.modulesByName.get(name).index()));
            return;
        }
        ModuleInfo taskModule = vm.modulesByName.get("Task");
        int member = taskModule.members().slot(name);
        if (member >= 0 && (name.equals("Channel") || name.equals("Mutex") || name.equals("Semaphore"))) {
            vm.st.push(taskModule.members().t[member], taskModule.members().p[member]);
            return;
        }
        ClassInfo c = vm.builtinClass(name);
        if (c != null) {
            vm.st.push(Tag.IMMEDIATE, Imm.of(Imm.CLASS, c.index));
            return;
        }
        int slot = runtime.members().slot(name);
        if (slot >= 0 && (name.equals("input"))) {
            vm.st.push(runtime.members().t[slot], runtime.members().p[slot]);
            return;
        }
        if (name.equals("core")) {
            vm.st.push(Tag.IMMEDIATE, Imm.of(Imm.MODULE, core().index()));
            return;
        }
        throw new RunaException("NameError", name + " is not defined");
    }

    /**
     * IMPORT: pushes module {@code name}, binding a native module or running a Runa file once per
     * VM ({@link RunaModules}). What an Import of a program bound is remembered by the program, so
     * an Import that runs again (in a loop, a process) costs a look-up.
     */
    void importModule(Program importer, String name) {
        ModuleInfo m = importer.imports.get(name);
        if (m == null) {
            m = name.endsWith(".runa") ? RunaModules.load(vm, importer, name) : nativeModule(name);
            if (!m.running) { // a module reached by a circular import is looked up again until it has run
                importer.imports.put(name, m);
            }
        }
        vm.st.push(Tag.IMMEDIATE, Imm.of(Imm.MODULE, m.index()));
    }

    private ModuleInfo nativeModule(String name) {
        ModuleInfo m = vm.modulesByName.get(name);
        if (m != null) {
            return m;
        }
        if (name.equals("core")) {
            return core();
        }
        NativeModule module = vm.ctx.module(name).orElseThrow(
                () -> new RunaException("NameError", "no module called " + name + " is installed"));
        return NativeModules.bind(vm, module);
    }

    /** GET_FIELD on something that is not an instance field: into {@code slot}. */
    void property(String name, int slot) {
        ValueStack st = vm.st;
        byte t = st.t[slot];
        long p = st.p[slot];
        if (t == Tag.IMMEDIATE && Imm.kind(p) == Imm.MODULE) {
            ModuleInfo m = vm.modules.get(Imm.index(p));
            int s = m.members().slot(name);
            if (!m.members().isDefined(s)) {
                throw m.noMember(name);
            }
            st.t[slot] = m.members().t[s];
            st.p[slot] = m.members().p[s];
            return;
        }
        ClassInfo cls = vm.classOf(t, p);
        if (name.equals("type") && vm.types.isError(cls)) {
            set(slot, vm.text(cls.name));
            return;
        }
        if (t == Tag.IMMEDIATE && Imm.kind(p) == Imm.CLASS && name.equals("name")) {
            set(slot, vm.text(vm.classes.get(Imm.index(p)).name));
            return;
        }
        if (cls == vm.types.get(BuiltinTypes.FUNCTION) && (name.equals("name") || name.equals("returns"))) {
            Fn fn = ValueMethods.function(vm, t, p);
            String value = fn == null ? "<native>" : name.equals("name") ? fn.name
                    : fn.info.typeId() >= 0 && fn.program.image.types().get(fn.info.typeId()).shape()
                    instanceof org.runavm.kernel.bytecode.TypeInfo.FunctionSig sig
                    ? TypeCheck.describe(fn.program, sig.returnTypeId()) : "Any";
            set(slot, vm.text(value));
            return;
        }
        Integer method = vm.isInstance(t, p) ? cls.methods.get(name) : null;
        if (method != null) {
            long bound = vm.mut.allocateValues(EngineShapes.BOUND_METHOD, 2);
            vm.mut.store(bound, 0, st.t[slot], st.p[slot]);
            vm.mut.store(bound, 1, Tag.IMMEDIATE, Imm.of(Imm.FUNCTION, method));
            set(slot, bound);
            return;
        }
        throw new RunaException("AttributeError", Vm.withArticle(cls.name) + " has no field " + name);
    }

    private void set(int slot, long ref) {
        vm.st.t[slot] = Tag.REF;
        vm.st.p[slot] = ref;
    }

    /** A method of a built-in value: the receiver in {@code recvSlot}, arguments above; result into recvSlot. */
    void callMethod(String name, int recvSlot, int argc) {
        ValueMethods.call(vm, name, recvSlot, argc);
        vm.st.sp = recvSlot + 1;
    }

    /** Calling a built-in type: {@code List()}, {@code Map()}, {@code Set()}, {@code Text(x)}... */
    void construct(ClassInfo cls, int slot, int argc) {
        ValueStack st = vm.st;
        st.sp = slot + 1 + argc;
        long result;
        switch (cls.builtin) {
            case BuiltinTypes.LIST -> result = Lists.allocate(vm.mut, 4);
            case BuiltinTypes.MAP -> result = HashTables.allocateMap(vm.mut);
            case BuiltinTypes.SET -> {
                result = HashTables.allocateSet(vm.mut);
                for (int i = 0; i < argc; i++) {
                    result = InstanceKeys.putCanonical(vm, result, slot + 1 + i, -1);
                }
            }
            case BuiltinTypes.TEXT -> result = vm.text(argc == 0 ? "" : TextForm.plain(vm, st.t[slot + 1], st.p[slot + 1]));
            case BuiltinTypes.INTEGER, BuiltinTypes.DECIMAL -> {
                if (argc != 1) {
                    throw RunaException.typeError(cls.name + " takes 1 argument");
                }
                st.t[slot] = st.t[slot + 1];
                st.p[slot] = st.p[slot + 1];
                ValueMethods.call(vm, cls.builtin == BuiltinTypes.INTEGER ? "to_integer" : "to_decimal", slot, 0);
                st.sp = slot + 1;
                return;
            }
            default -> throw RunaException.typeError(cls.name + " cannot be constructed");
        }
        st.t[slot] = Tag.REF;
        st.p[slot] = result;
        st.sp = slot + 1;
    }

    /** What the {@code core} module offers besides the built-in methods of values (spec/stdlib.md). */
    private static final java.util.List<String> CORE_MEMBERS = java.util.List.of(
            "input", "Task", "Channel", "Mutex", "Semaphore", "Supervisor", "Runtime", "Memory",
            "Text", "Integer", "Decimal", "Boolean", "List", "Map", "Set", "Tuple", "Bytes", "Pointer", "Type",
            "Error", "TypeError", "ValueError", "IndexError", "KeyError", "AttributeError", "ArithmeticError",
            "DivisionByZeroError", "OverflowError", "NameError", "IOError", "FileNotFoundError", "SecurityError",
            "OutOfMemoryError", "StackOverflowError", "TimeoutError", "CancelledError", "FFIError",
            "AssertionError");

    /**
     * The {@code core} module as a value (language.md §8: always imported, so {@code core.Task},
     * {@code Import input from "core"} and {@code Import "core"} name the same things as the bare
     * globals). The engine provides it (docs/decisions/054); it is made once per VM.
     */
    private ModuleInfo core() {
        synchronized (vm.lock) {
            ModuleInfo core = vm.modulesByName.get("core");
            if (core != null) {
                return core;
            }
            core = NativeModules.register(vm, "core");
            for (String member : CORE_MEMBERS) {
                int at = vm.st.sp;
                loadGlobal(member);
                core.members().set(member, vm.st.t[at], vm.st.p[at]);
                vm.st.sp = at;
            }
            return core;
        }
    }
}
