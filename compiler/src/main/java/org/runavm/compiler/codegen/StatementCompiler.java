package org.runavm.compiler.codegen;

import java.util.ArrayList;
import java.util.List;

import org.runavm.compiler.frontend.ast.Block;
import org.runavm.compiler.frontend.ast.Expr;
import org.runavm.compiler.frontend.ast.Pos;
import org.runavm.compiler.frontend.ast.Stmt;
import org.runavm.compiler.frontend.ast.TypeRef;
import org.runavm.compiler.frontend.resolve.Symbol;
import org.runavm.compiler.frontend.resolve.SymbolKind;
import org.runavm.kernel.bytecode.CodeAssembler;
import org.runavm.kernel.bytecode.Opcode;

/**
 * Statements. Every statement starts and ends with an empty operand stack, so jumps between
 * statements (loops, {@code Break}, {@code Retry}) never disagree on the stack depth.
 */
class StatementCompiler extends ExpressionCompiler {

    /** The declared return type of the process being compiled, or null. */
    TypeRef returnType;
    String processName = "<main>";
    /** Whether {@code Return f(x)} may reuse the frame (level 2+, not in generators or async processes). */
    boolean tailCalls;

    StatementCompiler(Frame frame) {
        super(frame);
    }

    /** A block: its own scope; captured names get fresh cells and hoisted declarations are bound first. */
    void block(Block b) {
        if (b == null) {
            return;
        }
        f.openScope();
        statements(b.statements());
        f.closeScope();
    }

    void statements(List<Stmt> statements) {
        for (Stmt s : statements) {
            for (Symbol sym : g.resolution.declared(s)) {
                if (s instanceof Stmt.Let || s instanceof Stmt.Define || hoisted(s)) {
                    if (f.owns(sym) && Frame.inCell(sym)) {
                        f.emit(Opcode.LOAD_NULL);
                        f.emit(Opcode.STORE_LOCAL, f.slot(sym));
                        f.emit(Opcode.MAKE_CELL, f.slot(sym));
                    }
                }
            }
        }
        for (Stmt s : statements) {
            if (hoisted(s)) {
                f.at(s.pos());
                bindDeclaration(s);
            }
        }
        for (Stmt s : statements) {
            stmt(s);
        }
    }

    private static boolean hoisted(Stmt s) {
        return s instanceof Stmt.ProcessDecl || s instanceof Stmt.ClassDecl || s instanceof Stmt.ActorDecl
                || s instanceof Stmt.ExternalProcess;
    }

    /** Binds a process, class, actor or external process to its name at the start of its block. */
    private void bindDeclaration(Stmt s) {
        List<Symbol> declared = g.resolution.declared(s);
        switch (s) {
            case Stmt.ProcessDecl p -> {
                int id = g.compileUnit(p, f);
                f.emit(g.hasUpvalues(id) ? Opcode.CLOSURE : Opcode.LAMBDA, id);
            }
            case Stmt.ExternalProcess e -> f.emit(Opcode.LAMBDA, g.compileExternal(e));
            case Stmt.ClassDecl c -> {
                g.compileType(c, c.fields(), c.methods());
                typeConstant(g.types.struct(c));
            }
            case Stmt.ActorDecl a -> {
                g.compileType(a, a.fields(), a.handlers());
                typeConstant(g.types.struct(a));
            }
            default -> throw new IllegalArgumentException("not hoisted: " + s);
        }
        if (declared.isEmpty()) {
            f.emit(Opcode.POP);
        } else {
            storeSymbol(declared.getFirst(), s.pos());
        }
    }

    void stmt(Stmt s) {
        if (!hoisted(s) && !(s instanceof Stmt.ExternalLibrary)) {
            f.at(s.pos()); // declarations emit nothing here: their line must not claim the next instruction
        }
        switch (s) {
            case Stmt.Let l -> declareValue(l, l.type(), l.init(), l.pos());
            case Stmt.Define d -> declareValue(d, d.type(), d.value(), d.pos());
            case Stmt.Assign a -> new Assignments(this).assign(a);
            case Stmt.ExprStmt e -> {
                expr(e.expr());
                f.emit(Opcode.POP);
            }
            case Stmt.Display d -> {
                expr(d.value());
                f.at(d.pos());
                f.emit(Opcode.DISPLAY);
            }
            case Stmt.Return r -> returnStatement(r);
            case Stmt.Break b -> jumpOut(true, b.pos());
            case Stmt.Continue c -> jumpOut(false, c.pos());
            case Stmt.Throw t -> {
                expr(t.value());
                f.at(t.pos());
                f.emit(Opcode.THROW);
            }
            case Stmt.Retry r -> retry(r.pos());
            case Stmt.Yield y -> {
                expr(y.value());
                f.at(y.pos());
                f.emit(Opcode.YIELD);
                f.emit(Opcode.POP);
            }
            case Stmt.If i -> ifStatement(i);
            case Stmt.While w -> whileLoop(w);
            case Stmt.ForRange r -> new Loops(this).forRange(r);
            case Stmt.ForEach e -> new Loops(this).forEach(e);
            case Stmt.Match m -> new Matches(this).match(m);
            case Stmt.Try t -> new Handlers(this).tryStatement(t);
            case Stmt.TaskGroup tg -> new Handlers(this).taskGroup(tg);
            case Stmt.Send send -> {
                expr(send.actor());
                int n = new Calls(this).positional(send.arguments(), send.pos());
                f.at(send.pos());
                f.emit(Opcode.SEND, g.program.text(send.message()), n);
            }
            case Stmt.Import im -> importStatement(im);
            case Stmt.ExternalLibrary lib -> g.program.nativeLibrary(lib.library());
            case Stmt.ProcessDecl p -> { }
            case Stmt.ClassDecl c -> { }
            case Stmt.ActorDecl a -> { }
            case Stmt.ExternalProcess e -> { }
        }
    }

    private void declareValue(Stmt node, TypeRef type, Expr init, Pos pos) {
        List<Symbol> declared = g.resolution.declared(node);
        if (init == null) {
            f.emit(Opcode.LOAD_NULL);
        } else {
            expr(init);
        }
        if (declared.isEmpty()) {
            f.emit(Opcode.POP);
            return;
        }
        Symbol s = declared.getFirst();
        checkType(type, init, s.name(), pos);
        if (init != null && (g.isBuiltInInteger(type) || (type == null && !s.isReassigned() && knownInteger(init)))) {
            f.knownIntegers.add(s);
        }
        storeSymbol(s, pos);
    }

    /** {@code v -> v}, raising TypeError unless v has the annotated type. */
    void checkType(TypeRef type, String name, Pos pos) {
        if (type != null && !type.name().equals("Any")) {
            f.at(pos);
            f.emit(Opcode.CHECK_TYPE, g.types.of(type), g.program.text(name));
        }
    }

    /**
     * {@link #checkType(TypeRef, String, Pos)} of the value {@code value} has just pushed, left out when
     * optimizing and the value provably has the type ({@link #provablyOf}).
     */
    void checkType(TypeRef type, Expr value, String name, Pos pos) {
        if (f.optimize() && value != null && provablyOf(type, value)) {
            return;
        }
        checkType(type, name, pos);
    }

    /**
     * Whether every value of {@code value} has the built-in type {@code type}: an Integer that
     * {@link #knownInteger} proves (its parts were checked where they were made: a parameter or
     * variable declared Integer, a process of this file declared to return Integer), or a literal of
     * the annotated kind.
     */
    private boolean provablyOf(TypeRef type, Expr value) {
        if (!g.isBuiltIn(type)) {
            return false;
        }
        return switch (type.name()) {
            case "Integer" -> knownInteger(value);
            case "Tuple" -> value instanceof Expr.TupleLit;
            case "List" -> value instanceof Expr.ListLit;
            case "Map" -> value instanceof Expr.MapLit;
            case "Set" -> value instanceof Expr.SetLit;
            case "Text" -> value instanceof Expr.TextLit;
            case "Boolean" -> value instanceof Expr.BoolLit;
            default -> false;
        };
    }

    /** Stores the value on the stack into a fresh binding (loop, catch and pattern variables). */
    void bindFresh(Symbol s, Pos pos) {
        if (f.owns(s) && Frame.inCell(s)) {
            f.emit(Opcode.STORE_LOCAL, f.slot(s));
            f.emit(Opcode.MAKE_CELL, f.slot(s));
        } else {
            storeSymbol(s, pos);
        }
    }

    private void returnStatement(Stmt.Return r) {
        if (tailCalls && returnType == null && f.protectedDepth == 0 && r.value() instanceof Expr.Call call
                && f.exits.stream().noneMatch(e -> e instanceof Frame.Cleanup) && new Calls(this).tailCall(call)) {
            return;
        }
        if (r.value() == null) {
            f.emit(Opcode.LOAD_NULL);
        } else {
            expr(r.value());
        }
        checkType(returnType, r.value(), processName, r.pos());
        emitReturn(r.pos());
    }

    /** Returns the value on the stack, running every enclosing cleanup first. */
    void emitReturn(Pos pos) {
        boolean cleanups = f.exits.stream().anyMatch(e -> e instanceof Frame.Cleanup);
        if (cleanups) {
            int saved = f.temp();
            f.emit(Opcode.STORE_LOCAL, saved);
            runCleanups(0);
            f.emit(Opcode.LOAD_LOCAL, saved);
        }
        f.at(pos);
        f.emit(Opcode.RETURN);
    }

    /** Runs, innermost first, the cleanups of {@code exits} from index {@code downTo} up. */
    void runCleanups(int downTo) {
        List<Frame.Exit> all = f.exits;
        for (int k = all.size() - 1; k >= downTo; k--) {
            if (all.get(k) instanceof Frame.Cleanup c) {
                f.exits = new ArrayList<>(all.subList(0, k));
                CodeAssembler.Label start = f.code.here();
                c.emit().run();
                CodeAssembler.Label end = f.code.here();
                c.gaps().add(new CodeAssembler.Label[] {start, end});
            }
        }
        f.exits = all;
    }

    private void jumpOut(boolean isBreak, Pos pos) {
        for (int k = f.exits.size() - 1; k >= 0; k--) {
            if (f.exits.get(k) instanceof Frame.Loop loop) {
                runCleanups(k + 1);
                f.jump(Opcode.JUMP, isBreak ? loop.breakTo() : loop.continueTo());
                return;
            }
        }
        g.error(pos, "`" + (isBreak ? "Break" : "Continue") + "` outside a loop");
    }

    /** The start label of the innermost Try, set by {@link Handlers} while its catches are compiled. */
    CodeAssembler.Label retryTarget;
    int retryExitDepth;

    private void retry(Pos pos) {
        if (retryTarget == null) {
            g.error(pos, "`Retry` outside a `Catch` block");
            return;
        }
        runCleanups(retryExitDepth);
        f.jump(Opcode.JUMP, retryTarget);
    }

    private void ifStatement(Stmt.If i) {
        CodeAssembler.Label end = f.code.newLabel();
        for (int k = 0; k < i.branches().size(); k++) {
            Stmt.Branch b = i.branches().get(k);
            CodeAssembler.Label next = f.code.newLabel();
            f.at(b.pos());
            jumpIfFalse(b.condition(), next);
            block(b.body());
            boolean last = k == i.branches().size() - 1 && i.otherwise() == null;
            if (!last && !endsAbruptly(b.body())) {
                f.jump(Opcode.JUMP, end);
            }
            f.code.bind(next);
        }
        block(i.otherwise());
        f.code.bind(end);
    }

    /** Whether control cannot reach the end of the block (it ends in a jump, return or throw). */
    static boolean endsAbruptly(Block b) {
        if (b.statements().isEmpty()) {
            return false;
        }
        Stmt last = b.statements().getLast();
        return last instanceof Stmt.Break || last instanceof Stmt.Continue || last instanceof Stmt.Return
                || last instanceof Stmt.Throw || last instanceof Stmt.Retry;
    }

    private void whileLoop(Stmt.While w) {
        CodeAssembler.Label top = f.code.here();
        CodeAssembler.Label end = f.code.newLabel();
        jumpIfFalse(w.condition(), end);
        f.exits.add(new Frame.Loop(end, top));
        block(w.body());
        f.exits.removeLast();
        f.jump(Opcode.JUMP, top);
        f.code.bind(end);
    }

    private void importStatement(Stmt.Import im) {
        int module = g.program.text(im.module());
        f.emit(Opcode.IMPORT, module);
        if (im.names().isEmpty()) {
            List<Symbol> declared = g.resolution.declared(im);
            if (declared.isEmpty()) {
                f.emit(Opcode.POP);
            } else {
                storeSymbol(declared.getFirst(), im.pos());
            }
            return;
        }
        for (int k = 0; k < im.names().size(); k++) {
            Stmt.ImportedName n = im.names().get(k);
            if (k < im.names().size() - 1) {
                f.emit(Opcode.DUP);
            }
            f.at(n.pos());
            f.emit(Opcode.GET_FIELD, g.program.text(n.name()));
            List<Symbol> declared = g.resolution.declared(n);
            if (declared.isEmpty()) {
                f.emit(Opcode.POP);
            } else {
                storeSymbol(declared.getFirst(), n.pos());
            }
        }
    }

    /** Whether the symbol is one of this frame's plain locals (not global, not in a cell). */
    boolean plainLocal(Symbol s) {
        return f.owns(s) && !Frame.inCell(s) && !isGlobal(s) && s.kind() != SymbolKind.BUILTIN;
    }
}
