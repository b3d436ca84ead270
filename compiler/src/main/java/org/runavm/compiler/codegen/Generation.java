package org.runavm.compiler.codegen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.runavm.compiler.frontend.ast.Block;
import org.runavm.compiler.frontend.ast.Expr;
import org.runavm.compiler.frontend.ast.Node;
import org.runavm.compiler.frontend.ast.Param;
import org.runavm.compiler.frontend.ast.Pos;
import org.runavm.compiler.frontend.ast.Stmt;
import org.runavm.compiler.frontend.ast.TypeRef;
import org.runavm.compiler.frontend.resolve.FunctionInfo;
import org.runavm.compiler.frontend.resolve.Resolution;
import org.runavm.compiler.frontend.resolve.Symbol;
import org.runavm.kernel.bytecode.CodeAssembler;
import org.runavm.kernel.bytecode.Constant;
import org.runavm.kernel.bytecode.Opcode;
import org.runavm.kernel.bytecode.ProgramBuilder;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.bytecode.TypeInfo;
import org.runavm.kernel.compile.Diagnostic;

/**
 * One compilation: the shared tables (program, types, units) and the emission of every function
 * (the entry, processes and lambdas as they are reached, methods and field initialisers with
 * their class, external processes).
 */
final class Generation {

    // The kernel's function descriptor shares its simple name with the resolver's FunctionInfo.
    private static final int METHOD = org.runavm.kernel.bytecode.FunctionInfo.METHOD;
    private static final int CONSTRUCTOR = org.runavm.kernel.bytecode.FunctionInfo.CONSTRUCTOR;
    private static final int ANONYMOUS = org.runavm.kernel.bytecode.FunctionInfo.ANONYMOUS;
    private static final int GENERATOR = org.runavm.kernel.bytecode.FunctionInfo.GENERATOR;
    private static final int ASYNC = org.runavm.kernel.bytecode.FunctionInfo.ASYNC;
    private static final int EXTERNAL = org.runavm.kernel.bytecode.FunctionInfo.EXTERNAL;
    private static final int VARARGS = org.runavm.kernel.bytecode.FunctionInfo.VARARGS;
    private static final int HAS_DEFAULT = org.runavm.kernel.bytecode.FunctionInfo.Parameter.HAS_DEFAULT;
    private static final int REST = org.runavm.kernel.bytecode.FunctionInfo.Parameter.REST;

    final ProgramBuilder program;
    final Resolution resolution;
    final Units units;
    final TypeTable types;
    final int optimizeLevel;
    final boolean debugInfo;
    final int fileId;
    private final String path;
    final List<Diagnostic> errors = new ArrayList<>();
    private final Map<Integer, Boolean> closures = new HashMap<>();
    private final Map<Node, Boolean> compiledTypes = new IdentityHashMap<>();
    private final Map<String, Integer> signatures = new HashMap<>();
    boolean usesFfi;

    Generation(ProgramBuilder program, Resolution resolution, Units units, TypeTable types, int optimizeLevel,
               boolean debugInfo, int fileId, String path) {
        this.program = program;
        this.resolution = resolution;
        this.units = units;
        this.types = types;
        this.optimizeLevel = optimizeLevel;
        this.debugInfo = debugInfo;
        this.fileId = fileId;
        this.path = path;
        for (FunctionInfo u : resolution.functions().values()) {
            if (u.capturesSelf() && u.parent() != null) {
                selfCaptured.add(u.parent());
            }
        }
    }

    /** Units whose {@code Self} an inner unit captures (it then lives in a cell). */
    private final java.util.Set<FunctionInfo> selfCaptured =
            java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    void error(Pos p, String message) {
        errors.add(Diagnostic.error(path, Math.max(1, p.line()), Math.max(1, p.column()), message));
    }

    void handler(Frame f, CodeAssembler.Label[] range, CodeAssembler.Label handler, int type, boolean isFinally) {
        f.fb.handler(range[0], range[1], handler, type, isFinally);
    }

    boolean hasUpvalues(int functionId) {
        return closures.getOrDefault(functionId, false);
    }

    /**
     * Whether {@code t} names a built-in type as it is: not optional, without arguments, and not the
     * name of a class of this file, which an annotation would name instead ({@link TypeTable#of}).
     */
    boolean isBuiltIn(TypeRef t) {
        return t != null && !t.optional() && t.arguments().isEmpty() && types.classNamed(t.name()) == null;
    }

    /** Whether {@code t} names the built-in Integer ({@link #isBuiltIn}). */
    boolean isBuiltInInteger(TypeRef t) {
        return isBuiltIn(t) && t.name().equals("Integer");
    }

    boolean capturesNothing(Stmt.ProcessDecl p) {
        FunctionInfo info = resolution.function(p);
        return info != null && info.captures().isEmpty() && !info.capturesSelf();
    }

    void compileEntry(Block body, ProgramBuilder.FunctionBuilder entry) {
        Frame f = new Frame(this, entry, resolution.function(body), null, 0);
        StatementCompiler s = new StatementCompiler(f);
        s.statements(body.statements());
        returnNull(f);
        f.finish();
    }

    private void returnNull(Frame f) {
        if (f.optimize()) {
            f.emit(Opcode.RETURN_NULL);
        } else {
            f.emit(Opcode.LOAD_NULL);
            f.emit(Opcode.RETURN);
        }
    }

    /** Compiles a process, method, handler or lambda; returns its function id. */
    int compileUnit(Node node, Frame parent) {
        FunctionInfo info = resolution.function(node);
        ProgramBuilder.FunctionBuilder fb = units.functions.get(node);
        boolean method = info.hasOwnSelf();
        int base = method ? 1 : 0;
        Stmt.ProcessDecl p = info.process();
        List<Param> params = p != null ? p.params() : ((Expr.Lambda) node).params();
        Frame f = new Frame(this, fb, info, method ? null : parent, base + params.size());
        f.hasSelf = method;
        if (method) {
            fb.parameter("Self", ProgramImage.NO_ID, 0);
            f.nameSlot("Self", 0);
            if (!info.captures().isEmpty()) {
                error(p.pos(), "method `" + p.name() + "` uses `" + info.captures().getFirst().name()
                        + "` of the enclosing process; a method can only use top-level names");
            }
        }
        f.paramCount = base + params.size();
        int flags = method ? METHOD : 0;
        if (p == null) {
            flags |= ANONYMOUS;
        } else {
            flags |= p.isGenerator() ? GENERATOR : 0;
            flags |= p.isAsync() ? ASYNC : 0;
        }
        fb.flags(flags);
        if (!method) {
            f.bindUpvalues();
        }
        StatementCompiler s = new StatementCompiler(f);
        f.at(node instanceof Stmt.ProcessDecl decl ? decl.pos() : ((Expr.Lambda) node).pos());
        prologue(f, s, params, base, method);
        if (p != null) {
            s.returnType = p.returns();
            s.processName = p.name();
            s.tailCalls = optimizeLevel >= 2 && !p.isGenerator() && !p.isAsync();
            fb.typeId(signature(params, p.returns()));
            s.block(p.body());
            if (p.returns() == null) {
                returnNull(f);
            } else {
                f.emit(Opcode.LOAD_NULL);
                s.checkType(p.returns(), p.name(), p.pos());
                f.emit(Opcode.RETURN);
            }
        } else {
            Expr body = ((Expr.Lambda) node).body();
            s.expr(body);
            f.emit(Opcode.RETURN);
        }
        f.finish();
        closures.put(fb.id(), !info.captures().isEmpty() || info.capturesSelf());
        return fb.id();
    }

    /** Parameters, defaults (computed only when the caller left them out), type checks and cells. */
    private void prologue(Frame f, StatementCompiler s, List<Param> params, int base, boolean method) {
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            int flags = p.defaultValue() != null ? HAS_DEFAULT : 0;
            f.fb.parameter(p.name(), types.of(p.type()), flags);
            List<Symbol> declared = resolution.declared(p);
            if (!declared.isEmpty()) {
                f.bindSlot(declared.getFirst(), base + i);
                if (isBuiltInInteger(p.type())) {
                    f.knownIntegers.add(declared.getFirst());
                }
            }
        }
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            if (p.defaultValue() != null) {
                CodeAssembler.Label given = f.code.newLabel();
                f.jump(Opcode.JUMP_IF_ARG_SET, given, base + i);
                s.expr(p.defaultValue());
                f.emit(Opcode.STORE_LOCAL, base + i);
                f.code.bind(given);
            }
            if (p.type() != null && !p.type().name().equals("Any")) {
                f.emit(Opcode.LOAD_LOCAL, base + i);
                s.checkType(p.type(), p.name(), p.pos());
                f.emit(Opcode.POP);
            }
        }
        for (int i = 0; i < params.size(); i++) {
            List<Symbol> declared = resolution.declared(params.get(i));
            if (!declared.isEmpty() && Frame.inCell(declared.getFirst())) {
                f.emit(Opcode.MAKE_CELL, base + i);
            }
        }
        if (method) {
            f.selfInCell = selfCaptured.contains(f.info);
            if (f.selfInCell) {
                f.emit(Opcode.MAKE_CELL, 0);
            }
        }
    }

    private int signature(List<Param> params, TypeRef returns) {
        if (returns == null && params.stream().allMatch(p -> p.type() == null)) {
            return ProgramImage.NO_ID;
        }
        List<Integer> ids = params.stream().map(p -> types.of(p.type())).toList();
        StringBuilder name = new StringBuilder("Function(");
        for (int i = 0; i < params.size(); i++) {
            TypeRef type = params.get(i).type();
            name.append(i > 0 ? ", " : "").append(type == null ? "Any" : type.display());
        }
        name.append(")").append(returns == null ? "" : " returns " + returns.display());
        return signatures.computeIfAbsent(name.toString(),
                key -> program.type(key, new TypeInfo.FunctionSig(ids, types.of(returns))));
    }

    /** Compiles the field initialiser and methods of a class or actor, once. */
    void compileType(Stmt decl, List<Stmt.FieldDecl> fields, List<Stmt.ProcessDecl> methods) {
        if (compiledTypes.put(decl, true) != null) {
            return;
        }
        ProgramBuilder.FunctionBuilder init = units.fieldInitialisers.get(decl);
        if (init != null) {
            Frame f = new Frame(this, init, null, null, 1);
            f.hasSelf = true;
            f.paramCount = 1;
            init.parameter("Self", ProgramImage.NO_ID, 0);
            // CONSTRUCTOR marks the field initialiser, which NEW runs before initialize (decision 026).
            init.flags(METHOD | CONSTRUCTOR);
            f.nameSlot("Self", 0);
            StatementCompiler s = new StatementCompiler(f);
            for (Stmt.FieldDecl field : fields) {
                if (field.defaultValue() != null) {
                    f.at(field.pos());
                    f.emit(Opcode.LOAD_LOCAL, 0);
                    s.expr(field.defaultValue());
                    s.checkType(field.type(), field.name(), field.pos());
                    f.at(field.pos());
                    s.setField(field.name());
                }
            }
            returnNull(f);
            f.finish();
        }
        for (Stmt.ProcessDecl m : methods) {
            compileUnit(m, null);
        }
    }

    int compileExternal(Stmt.ExternalProcess e) {
        ProgramBuilder.FunctionBuilder fb = units.functions.get(e);
        usesFfi = true;
        int library = program.nativeLibrary(e.library());
        int ref = program.constant(new Constant.ExternalRef(e.symbol() != null ? e.symbol() : e.name(), library));
        List<Param> params = e.params();
        Frame f = new Frame(this, fb, null, null, params.size());
        int flags = EXTERNAL;
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            int pflags = p.defaultValue() != null ? HAS_DEFAULT : 0;
            boolean rest = i == params.size() - 1 && p.type() != null && p.type().name().equals("Any");
            if (rest) {
                pflags = REST;
                flags |= VARARGS;
            }
            fb.parameter(p.name(), types.of(p.type()), pflags);
            f.nameSlot(p.name(), i);
        }
        f.paramCount = params.size();
        fb.flags(flags);
        fb.typeId(signature(params, e.returns()));
        StatementCompiler s = new StatementCompiler(f);
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).defaultValue() != null) {
                CodeAssembler.Label given = f.code.newLabel();
                f.jump(Opcode.JUMP_IF_ARG_SET, given, i);
                s.expr(params.get(i).defaultValue());
                f.emit(Opcode.STORE_LOCAL, i);
                f.code.bind(given);
            }
            f.emit(Opcode.LOAD_LOCAL, i);
        }
        f.at(e.pos());
        f.emit(Opcode.INVOKE_FFI, ref, params.size());
        f.emit(Opcode.RETURN);
        f.finish();
        return fb.id();
    }

    /** The Struct id of the class whose method (or closure inside one) is being compiled. */
    int currentClassType(Frame f, Pos pos) {
        Stmt.ClassDecl cls = ownerClass(f);
        if (cls == null) {
            error(pos, "`Super` can only be used in a method of a class");
            return 0;
        }
        return types.struct(cls);
    }

    private Stmt.ClassDecl ownerClass(Frame f) {
        for (FunctionInfo u = f.info; u != null; u = u.parent()) {
            if (u.ownerClass() != null) {
                return u.ownerClass();
            }
        }
        return null;
    }

    /** The annotation of a field of the current class or its parents in this file, or null. */
    TypeRef fieldType(Frame f, String name) {
        Stmt current = ownerClass(f);
        for (int guard = 0; current instanceof Stmt.ClassDecl c && guard < 10_000; guard++) {
            for (Stmt.FieldDecl field : c.fields()) {
                if (field.name().equals(name)) {
                    return field.type();
                }
            }
            current = c.parent() == null ? null : types.classNamed(c.parent());
        }
        return null;
    }
}
