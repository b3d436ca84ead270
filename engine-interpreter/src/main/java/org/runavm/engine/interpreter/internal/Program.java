package org.runavm.engine.interpreter.internal;

import java.util.List;
import org.runavm.kernel.bytecode.Constant;
import org.runavm.kernel.bytecode.DebugInfo;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.bytecode.InstructionReader;
import org.runavm.kernel.bytecode.MetadataEntry;
import org.runavm.kernel.bytecode.OperandKind;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.bytecode.TypeInfo;
import org.runavm.kernel.heap.RootSource;
import org.runavm.kernel.heap.RootVisitor;
import org.runavm.kernel.heap.objects.Texts;
import org.runavm.kernel.value.Tag;
import org.runavm.kernel.value.Values;

/**
 * A loaded program (the main program or an imported module): its code, its functions and classes
 * registered in the VM's tables, its scalar and Text constants materialised (and rooted), and its
 * globals. List and Map constants are built afresh at every LOAD_CONST, since those are mutable.
 */
final class Program implements RootSource {
    /** The method the compiler emits for field defaults; {@code initialize} carries the CONSTRUCTOR flag. */
    static final String FIELD_DEFAULTS = "<fields>";
    /** The parent the compiler gives an actor's Struct. */
    private static final String ACTOR = "Actor";

    final ProgramImage image;
    final byte[] code;
    /** {@link #code} decoded for the dispatch loop ({@link Operands}). */
    final int[] ops;
    final String path;
    final Fn[] fns;
    /** Engine classes by type id; null for types that are not classes. */
    final ClassInfo[] classes;
    /**
     * The class a named annotation checks against, by type id, once resolved (built-in types such as
     * Integer included): CHECK_TYPE runs on every call and assignment, so the name look-up is done once.
     */
    final ClassInfo[] annotationClasses;
    /** How CHECK_TYPE tests each type id ({@link TypeCheck#kind}), so common annotations need no look-up. */
    final byte[] checkKinds;
    final long[] cp;
    final byte[] ct;
    /** The Tuples of constants ({@link Quickener#LOAD_TUPLE_CONST}), made when the program is loaded. */
    final long[] constantTuples;
    /**
     * By the code offset of a {@link Quickener#LOAD_TUPLE_CONST}: at {@code [pc]} its index in
     * {@link #constantTuples}, at {@code [pc + 1]} how many instructions it stands for, at {@code [pc + 2]}
     * how many code bytes. At the offset of its {@code NEW_TUPLE}'s operand, that index plus one, for the
     * JIT tier ({@link Collections#pushConstantTuple}). The positions never meet: two pushes come before
     * the {@code NEW_TUPLE}. Null when the program has none.
     */
    final int[] tupleSites;
    final RootedTable globals = new RootedTable();
    /** The modules this program's Imports bound, by the name they import, so a repeated Import is a look-up. */
    final java.util.Map<String, ModuleInfo> imports = new java.util.concurrent.ConcurrentHashMap<>();
    boolean ran;

    /**
     * @param module whether the program is an imported module, whose globals last as long as the VM,
     *        rather than the program of a run
     */
    Program(Vm vm, ProgramImage image, String path, boolean module) {
        this.image = image;
        byte[] original = image.code(); // a copy already; the unquickened code the operands are read from
        this.code = original.clone(); // the engine's own copy: the Quickener rewrites it
        this.path = path != null ? path : sourcePath(image);
        vm.root.foreign.declare(image.header().nativeLibraries());
        List<FunctionInfo> infos = image.functions();
        List<Quickener.ConstantTuple> tuples = new java.util.ArrayList<>();
        for (FunctionInfo info : infos) {
            Quickener.quicken(original, code, info.codeOffset(), info.codeOffset() + info.codeLength(),
                    c -> isImmutableScalar(image, c), tuples);
        }
        this.ops = Operands.decode(original, code, infos);
        // empty (no references) until the constants are in place, but there before the program is a root
        constantTuples = new long[tuples.size()];
        tupleSites = tuples.isEmpty() ? null : new int[code.length];
        fns = new Fn[infos.size()];
        for (FunctionInfo info : infos) {
            fns[info.id()] = vm.addFunction(this, info, code, cacheSlots(image, info));
        }
        classes = new ClassInfo[image.types().size()];
        annotationClasses = new ClassInfo[image.types().size()];
        checkKinds = new byte[image.types().size()];
        for (TypeInfo type : image.types()) {
            checkKinds[type.id()] = TypeCheck.kind(type, image.types());
        }
        for (Fn fn : fns) {
            fn.findCheckedEntry(original, checkKinds);
        }
        for (TypeInfo type : image.types()) {
            if (type.shape() instanceof TypeInfo.Struct) {
                resolveClass(vm, type.id());
            }
        }
        cp = new long[image.constants().size()];
        ct = new byte[cp.length];
        // Constants live as long as the VM: a closure of this program that a module keeps may run in
        // a later run. A module's globals are its members, which last too; the main program's globals
        // are this run's.
        vm.addLastingRoots(this);
        if (module) {
            vm.addLastingRoots(globals);
        } else {
            vm.root.addRoots(globals);
        }
        for (int i = 0; i < cp.length; i++) {
            Constant c = image.constants().get(i);
            switch (c) {
                case Constant.Int v -> set(i, Tag.INTEGER, v.value());
                case Constant.Decimal v -> set(i, Tag.DECIMAL, Values.decimalBits(v.value()));
                case Constant.Bool v -> set(i, Tag.BOOLEAN, Values.booleanBits(v.value()));
                case Constant.Null v -> set(i, Tag.NULL, 0);
                case Constant.Text v -> set(i, Tag.REF, Texts.allocate(vm.mut, v.value()));
                case Constant.FunctionRef v -> set(i, Tag.IMMEDIATE, Imm.of(Imm.FUNCTION, fns[v.functionId()].index));
                case Constant.TypeRef v -> set(i, Tag.IMMEDIATE, vm.typeValue(this, v.typeId()));
                default -> set(i, Tag.EMPTY, 0); // List, Map, External: built when used
            }
        }
        for (int i = 0; i < tuples.size(); i++) {
            Quickener.ConstantTuple tuple = tuples.get(i);
            tupleSites[tuple.pc()] = i;
            tupleSites[tuple.pc() + 1] = tuple.instructions();
            tupleSites[tuple.pc() + 2] = tuple.span();
            tupleSites[tuple.pc() + tuple.span() - Op.LEN[Op.NEW_TUPLE] + 1] = i + 1;
            constantTuples[i] = Collections.constantTuple(vm, this, original, tuple.pc(), tuple.elements());
        }
        bindHoisted(vm);
    }

    /**
     * Whether constant {@code c} may be an element of a shared Tuple of constants: a value without
     * identity (a number, Boolean, null) or a Text, but not a Decimal NaN, which is not equal to itself
     * while a Tuple is equal to itself.
     */
    static boolean isImmutableScalar(ProgramImage image, int c) {
        if (c < 0 || c >= image.constants().size()) {
            return false;
        }
        return switch (image.constants().get(c)) {
            case Constant.Int v -> true;
            case Constant.Decimal v -> !Double.isNaN(v.value());
            case Constant.Bool v -> true;
            case Constant.Null v -> true;
            case Constant.Text v -> true;
            default -> false;
        };
    }

    private void set(int i, byte tag, long payload) {
        ct[i] = tag;
        cp[i] = payload;
    }

    /** Processes and classes are visible in the whole program before its first statement runs. */
    private void bindHoisted(Vm vm) {
        for (ClassInfo c : classes) {
            if (c != null && globals.slot(c.name) < 0) {
                globals.set(c.name, Tag.IMMEDIATE, Imm.of(Imm.CLASS, c.index));
            }
        }
        for (int id = 1; id < fns.length; id++) {
            FunctionInfo info = fns[id].info;
            boolean plain = (info.flags() & (FunctionInfo.METHOD | FunctionInfo.ANONYMOUS | FunctionInfo.CONSTRUCTOR)) == 0
                    && info.upvalues().isEmpty() && !info.name().startsWith("<");
            if (plain && globals.slot(info.name()) < 0) {
                globals.set(info.name(), Tag.IMMEDIATE, Imm.of(Imm.FUNCTION, fns[id].index));
            }
        }
    }

    /**
     * The engine class of a Struct, created on first need. A parent declared in this program or
     * built into the VM is known now; a parent that comes from an import ({@code Class Foo extends
     * Benchmark} after {@code Import Benchmark from "base.runa"}, or {@code extends m.Benchmark}) is
     * only bound once that Import has run, so such a class starts unlinked and {@link #link} finds
     * the parent through the binding before the class's first instance or introspection.
     */
    ClassInfo resolveClass(Vm vm, int typeId) {
        if (classes[typeId] != null) {
            return classes[typeId];
        }
        TypeInfo type = image.types().get(typeId);
        if (!(type.shape() instanceof TypeInfo.Struct s)) {
            return null;
        }
        ClassInfo parent = null;
        String binding = null;
        if (s.parentId() != ProgramImage.NO_ID) {
            TypeInfo pt = image.types().get(s.parentId());
            if (pt.shape() instanceof TypeInfo.Struct) {
                parent = resolveClass(vm, s.parentId());
                binding = parent.linked ? null : pt.name();
            } else {
                parent = vm.builtinClass(pt.name());
                // an actor's Struct names Actor as its parent: actors have no parent class
                binding = parent == null && !ACTOR.equals(pt.name()) ? pt.name() : null;
            }
        }
        ClassInfo c = vm.addClass(type.name(), binding == null ? parent : null);
        c.program = this;
        c.typeId = typeId;
        if (binding != null) {
            c.parentBinding = binding;
            c.linked = false;
        }
        classes[typeId] = c;
        for (TypeInfo.Field f : s.fields()) {
            c.addField(f.name());
            c.fieldTypes.put(f.name(), f.typeId());
        }
        for (int methodId : s.methodIds()) {
            Fn m = fns[methodId];
            m.owner = c;
            if (FIELD_DEFAULTS.equals(m.name)) { // the compiler's field initialiser (language notes, code generation)
                c.fieldDefaults = m.index;
            } else {
                c.methods.put(m.name, m.index);
                c.ownMethods.add(m.name);
            }
        }
        return c;
    }

    /**
     * Links an unlinked class of this program: finds its parent (a class of this program, linked
     * first, or the class its imported binding names now) and lays out fields and methods after
     * the parent's. Called under the VM's lock.
     *
     * @throws RunaException a TypeError naming the class and the parent when the binding is not
     *         defined yet or is not a class, or when the classes extend each other in a cycle
     */
    void link(Vm vm, ClassInfo c) {
        if (c.linked) {
            return;
        }
        if (c.linking) {
            throw RunaException.typeError("class " + c.name + " cannot extend itself (through " + c.parentBinding + ")");
        }
        c.linking = true;
        try {
            TypeInfo.Struct s = (TypeInfo.Struct) image.types().get(c.typeId).shape();
            ClassInfo parent = image.types().get(s.parentId()).shape() instanceof TypeInfo.Struct
                    ? resolveClass(vm, s.parentId())
                    : importedParent(vm, c, c.parentBinding);
            if (!parent.linked) {
                parent.program.link(vm, parent);
            }
            c.linkTo(parent);
        } finally {
            c.linking = false;
        }
    }

    /**
     * The class an imported binding ({@code X} or {@code module.X}, as an annotation names it) holds
     * now in this program's globals, or null when it holds none (yet).
     */
    ClassInfo boundClass(Vm vm, String binding) {
        try {
            return importedParent(vm, null, binding);
        } catch (RunaException notAClass) {
            return null;
        }
    }

    /** The class an imported binding ({@code X} or {@code module.X}) names in this program's globals. */
    private ClassInfo importedParent(Vm vm, ClassInfo c, String binding) {
        String what = c == null ? "" : "class " + c.name + " cannot extend " + binding + ": ";
        int dot = binding.indexOf('.');
        String first = dot < 0 ? binding : binding.substring(0, dot);
        int slot = globals.slot(first);
        if (!globals.isDefined(slot)) {
            throw RunaException.typeError(what + first + " is not defined (the Import that binds it has not run yet)");
        }
        byte t = globals.t[slot];
        long p = globals.p[slot];
        if (dot >= 0) {
            if (t != Tag.IMMEDIATE || Imm.kind(p) != Imm.MODULE) {
                throw RunaException.typeError(what + first + " is " + vm.aTypeName(t, p) + ", not a module");
            }
            ModuleInfo module = vm.modules.get(Imm.index(p));
            String member = binding.substring(dot + 1);
            int m = module.members().slot(member);
            if (!module.members().isDefined(m)) {
                throw RunaException.typeError(what + "module " + module.name() + " has no member " + member);
            }
            t = module.members().t[m];
            p = module.members().p[m];
        }
        if (t != Tag.IMMEDIATE || Imm.kind(p) != Imm.CLASS) {
            throw RunaException.typeError(what + "it is " + vm.aTypeName(t, p) + ", not a class");
        }
        ClassInfo parent = vm.classes.get(Imm.index(p));
        if (parent.builtin != ClassInfo.USER) {
            throw RunaException.typeError(what + "it is the built-in type " + parent.name
                    + ", and a class can only extend a class or an error class");
        }
        return parent;
    }

    private static int cacheSlots(ProgramImage image, FunctionInfo info) {
        int max = 0;
        InstructionReader r = image.instructions(info);
        while (r.next()) {
            List<OperandKind> kinds = r.opcode().operands();
            for (int i = 0; i < kinds.size(); i++) {
                if (kinds.get(i) == OperandKind.CACHE) {
                    max = Math.max(max, r.operand(i) + 1);
                }
            }
        }
        return max;
    }

    private static String sourcePath(ProgramImage image) {
        for (MetadataEntry e : image.metadata()) {
            if (e.type() == MetadataEntry.SOURCE_PATH) {
                return new String(e.data(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        List<DebugInfo.SourceFile> files = image.debugInfo().sourceFiles();
        return files.isEmpty() ? "<program>" : files.get(0).path();
    }

    /** FILE:LINE:COLUMN of an absolute code offset, from the debug line table. */
    String position(int pc) {
        DebugInfo.LineEntry e = image.debugInfo().locate(pc);
        if (e == null) {
            return path + ":0:0";
        }
        DebugInfo.SourceFile f = image.debugInfo().file(e.fileId());
        return (f != null ? f.path() : path) + ":" + e.line() + ":" + e.column();
    }

    @Override
    public void scanRoots(RootVisitor visitor) {
        visitor.visitValues(cp, ct, 0, cp.length);
        visitor.visitReferences(constantTuples, 0, constantTuples.length);
    }
}
