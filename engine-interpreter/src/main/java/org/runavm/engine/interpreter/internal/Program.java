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

    final ProgramImage image;
    final byte[] code;
    final String path;
    final Fn[] fns;
    /** Engine classes by type id; null for types that are not classes. */
    final ClassInfo[] classes;
    /**
     * The class a named annotation checks against, by type id, once resolved (built-in types such as
     * Integer included): CHECK_TYPE runs on every call and assignment, so the name look-up is done once.
     */
    final ClassInfo[] annotationClasses;
    final long[] cp;
    final byte[] ct;
    final RootedTable globals = new RootedTable();
    boolean ran;

    Program(Vm vm, ProgramImage image, String path) {
        this.image = image;
        this.code = image.code();
        this.path = path != null ? path : sourcePath(image);
        vm.root.foreign.declare(image.header().nativeLibraries());
        List<FunctionInfo> infos = image.functions();
        fns = new Fn[infos.size()];
        for (FunctionInfo info : infos) {
            fns[info.id()] = vm.addFunction(this, info, code, cacheSlots(image, info));
        }
        classes = new ClassInfo[image.types().size()];
        annotationClasses = new ClassInfo[image.types().size()];
        for (TypeInfo type : image.types()) {
            if (type.shape() instanceof TypeInfo.Struct) {
                resolveClass(vm, type.id());
            }
        }
        cp = new long[image.constants().size()];
        ct = new byte[cp.length];
        vm.root.addRoots(this);
        vm.root.addRoots(globals);
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
        bindHoisted(vm);
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

    ClassInfo resolveClass(Vm vm, int typeId) {
        if (classes[typeId] != null) {
            return classes[typeId];
        }
        TypeInfo type = image.types().get(typeId);
        if (!(type.shape() instanceof TypeInfo.Struct s)) {
            return null;
        }
        ClassInfo parent = null;
        if (s.parentId() != ProgramImage.NO_ID) {
            TypeInfo pt = image.types().get(s.parentId());
            parent = pt.shape() instanceof TypeInfo.Struct ? resolveClass(vm, s.parentId()) : vm.builtinClass(pt.name());
        }
        ClassInfo c = vm.addClass(type.name(), parent);
        c.program = this;
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
    }
}
