package org.runavm.compiler.codegen;

import org.runavm.compiler.frontend.ast.Expr;
import org.runavm.compiler.frontend.ast.Pos;
import org.runavm.compiler.frontend.ast.Stmt;
import org.runavm.compiler.frontend.resolve.Symbol;
import org.runavm.compiler.frontend.resolve.SymbolKind;
import org.runavm.kernel.bytecode.Constant;
import org.runavm.kernel.bytecode.Opcode;

/**
 * Where a name lives and how to reach it: a global by name, a slot or cell of this frame, or an
 * upvalue; plus the small loads and stores every compiler layer uses. Globals are the built-in
 * names and the top-level declarations, except top-level variables no other unit uses, which stay
 * locals of the entry function (decision 025).
 */
class NameCompiler {

    final Frame f;
    final Generation g;

    NameCompiler(Frame frame) {
        this.f = frame;
        this.g = frame.gen;
    }

    void integer(long v) {
        if (f.optimize() && v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            f.emit(Opcode.LOAD_INT, (int) v);
        } else {
            f.emit(Opcode.LOAD_CONST, g.program.integer(v));
        }
    }

    /** Emits the load of a literal and returns true; returns false (emitting nothing) for other expressions. */
    boolean literal(Expr e) {
        switch (e) {
            case Expr.IntLit i -> integer(i.value());
            case Expr.DecLit d -> f.emit(Opcode.LOAD_CONST, g.program.decimal(d.value()));
            case Expr.TextLit t -> f.emit(Opcode.LOAD_CONST, g.program.text(t.value()));
            case Expr.BoolLit b -> f.emit(b.value() ? Opcode.LOAD_TRUE : Opcode.LOAD_FALSE);
            case Expr.NullLit n -> f.emit(Opcode.LOAD_NULL);
            case null, default -> {
                return false;
            }
        }
        return true;
    }

    void getField(String name) {
        if (f.optimize()) {
            f.emit(Opcode.GET_FIELD_IC, g.program.text(name), f.cache());
        } else {
            f.emit(Opcode.GET_FIELD, g.program.text(name));
        }
    }

    void setField(String name) {
        if (f.optimize()) {
            f.emit(Opcode.SET_FIELD_IC, g.program.text(name), f.cache());
        } else {
            f.emit(Opcode.SET_FIELD, g.program.text(name));
        }
    }

    void self(Pos pos) {
        if (f.hasSelf) {
            f.emit(f.selfInCell ? Opcode.LOAD_CELL : Opcode.LOAD_LOCAL, 0);
        } else if (f.selfUpvalue >= 0) {
            f.emit(Opcode.LOAD_UPVALUE, f.selfUpvalue);
        } else {
            g.error(pos, "`Self` is not available here");
            f.emit(Opcode.LOAD_NULL);
        }
    }

    void load(Expr.Name n) {
        Symbol s = g.resolution.symbol(n);
        if (s == null) {
            g.error(n.pos(), "`" + n.name() + "` is not declared");
            f.emit(Opcode.LOAD_NULL);
            return;
        }
        loadSymbol(s, n.pos());
    }

    void loadSymbol(Symbol s, Pos pos) {
        if (f.optimize() && s.kind() == SymbolKind.CONSTANT && g.units.declarations.get(s) instanceof Stmt.Define d
                && literal(d.value())) {
            return; // a Define of a literal is a compile-time constant: its uses load the literal itself
        }
        if (isGlobal(s)) {
            f.at(pos);
            if (f.optimize()) {
                f.emit(Opcode.LOAD_GLOBAL_IC, g.program.text(s.name()), f.cache());
            } else {
                f.emit(Opcode.LOAD_GLOBAL, g.program.text(s.name()));
            }
        } else if (f.owns(s)) {
            f.emit(Frame.inCell(s) ? Opcode.LOAD_CELL : Opcode.LOAD_LOCAL, f.slot(s));
        } else if (f.upvalue(s) != null) {
            f.emit(Opcode.LOAD_UPVALUE, f.upvalue(s));
        } else {
            g.error(pos, "`" + s.name() + "` cannot be used here: a parameter default or field default can only"
                    + " use top-level names");
            f.emit(Opcode.LOAD_NULL);
        }
    }

    /** Stores the value on top of the stack into the symbol (after its declaration). */
    void storeSymbol(Symbol s, Pos pos) {
        if (isGlobal(s)) {
            f.at(pos);
            f.emit(Opcode.STORE_GLOBAL, g.program.text(s.name()));
        } else if (f.owns(s)) {
            f.emit(Frame.inCell(s) ? Opcode.STORE_CELL : Opcode.STORE_LOCAL, f.slot(s));
        } else if (f.upvalue(s) != null) {
            f.emit(Opcode.STORE_UPVALUE, f.upvalue(s));
        } else {
            g.error(pos, "`" + s.name() + "` cannot be assigned here");
            f.emit(Opcode.POP);
        }
    }

    /** Top-level names other than entry-local variables, and the built-in names. */
    boolean isGlobal(Symbol s) {
        if (s.kind() == SymbolKind.BUILTIN) {
            return true;
        }
        if (!s.isGlobal()) {
            return false;
        }
        return s.kind() != SymbolKind.VARIABLE || g.units.isSharedGlobal(s);
    }

    /** Pushes a constant that names a type, for class values. */
    void typeConstant(int typeId) {
        f.emit(Opcode.LOAD_CONST, g.program.constant(new Constant.TypeRef(typeId)));
    }
}
