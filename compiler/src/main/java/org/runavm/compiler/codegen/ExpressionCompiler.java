package org.runavm.compiler.codegen;

import java.util.ArrayList;
import java.util.List;

import org.runavm.compiler.frontend.ast.Arg;
import org.runavm.compiler.frontend.ast.BinaryOp;
import org.runavm.compiler.frontend.ast.Expr;
import org.runavm.compiler.frontend.ast.Pos;
import org.runavm.compiler.frontend.ast.Stmt;
import org.runavm.compiler.frontend.ast.TypeRef;
import org.runavm.compiler.frontend.resolve.Symbol;
import org.runavm.compiler.frontend.resolve.SymbolKind;
import org.runavm.kernel.bytecode.CodeAssembler;
import org.runavm.kernel.bytecode.Constant;
import org.runavm.kernel.bytecode.Opcode;

/**
 * Expressions: each leaves exactly one value on the operand stack. Generic instructions always;
 * at optimize level 1 and above, the specialised forms where they mean the same thing (small
 * Integer literals, Integer arithmetic on operands known to be Integers, inline caches, known calls).
 */
class ExpressionCompiler {

    final Frame f;
    final Generation g;

    ExpressionCompiler(Frame frame) {
        this.f = frame;
        this.g = frame.gen;
    }

    void expr(Expr e) {
        switch (e) {
            case Expr.IntLit i -> integer(i.value());
            case Expr.DecLit d -> f.emit(Opcode.LOAD_CONST, g.program.decimal(d.value()));
            case Expr.TextLit t -> f.emit(Opcode.LOAD_CONST, g.program.text(t.value()));
            case Expr.BoolLit b -> f.emit(b.value() ? Opcode.LOAD_TRUE : Opcode.LOAD_FALSE);
            case Expr.NullLit n -> f.emit(Opcode.LOAD_NULL);
            case Expr.Name n -> load(n);
            case Expr.SelfRef s -> self(s.pos());
            case Expr.SuperRef s -> self(s.pos());
            case Expr.ListLit l -> sequence(l.elements(), Opcode.NEW_LIST, l.pos());
            case Expr.SetLit l -> sequence(l.elements(), Opcode.NEW_SET, l.pos());
            case Expr.TupleLit l -> sequence(l.elements(), Opcode.NEW_TUPLE, l.pos());
            case Expr.MapLit m -> {
                for (Expr.MapEntry en : m.entries()) {
                    expr(en.key());
                    expr(en.value());
                }
                f.at(m.pos());
                f.emit(Opcode.NEW_MAP, m.entries().size());
            }
            case Expr.Unary u -> {
                expr(u.operand());
                f.at(u.pos());
                f.emit(switch (u.op()) {
                    case NEG -> Opcode.NEG;
                    case NOT -> Opcode.NOT;
                    case BIT_NOT -> Opcode.BIT_NOT;
                });
            }
            case Expr.Binary b -> binary(b);
            case Expr.IsA i -> {
                expr(i.value());
                f.emit(Opcode.IS_A, g.types.of(i.type()));
                if (i.negated()) {
                    f.emit(Opcode.NOT);
                }
            }
            case Expr.Call c -> call(c);
            case Expr.Member m -> {
                expr(m.target());
                f.at(m.pos());
                getField(m.name());
            }
            case Expr.Index i -> {
                expr(i.target());
                expr(i.index());
                f.at(i.pos());
                f.emit(Opcode.GET_INDEX);
            }
            case Expr.Construct c -> construct(c);
            case Expr.Lambda l -> closure(l);
            case Expr.TypeOf t -> {
                expr(t.operand());
                f.emit(Opcode.TYPE_OF);
            }
            case Expr.LengthOf l -> {
                expr(l.operand());
                f.at(l.pos());
                f.emit(Opcode.LENGTH);
            }
            case Expr.Await a -> {
                expr(a.task());
                f.at(a.pos());
                f.emit(Opcode.AWAIT);
            }
            case Expr.Ask a -> {
                expr(a.actor());
                int n = positional(a.arguments(), a.pos());
                f.at(a.pos());
                if (a.timeoutMs() != null) {
                    expr(a.timeoutMs());
                    f.at(a.pos());
                    f.emit(Opcode.ASK_WITHIN, g.program.text(a.message()), n);
                } else {
                    f.emit(Opcode.ASK, g.program.text(a.message()), n);
                }
            }
            case Expr.Error err -> f.emit(Opcode.LOAD_NULL);
        }
    }

    void integer(long v) {
        if (f.optimize() && v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            f.emit(Opcode.LOAD_INT, (int) v);
        } else {
            f.emit(Opcode.LOAD_CONST, g.program.integer(v));
        }
    }

    private void sequence(List<Expr> elements, Opcode op, Pos pos) {
        elements.forEach(this::expr);
        f.at(pos);
        f.emit(op, elements.size());
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

    // ---- names -------------------------------------------------------------------------------

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

    private void load(Expr.Name n) {
        Symbol s = g.resolution.symbol(n);
        if (s == null) {
            g.error(n.pos(), "`" + n.name() + "` is not declared");
            f.emit(Opcode.LOAD_NULL);
            return;
        }
        loadSymbol(s, n.pos());
    }

    void loadSymbol(Symbol s, Pos pos) {
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

    // ---- operators ---------------------------------------------------------------------------

    boolean knownInteger(Expr e) {
        return switch (e) {
            case Expr.IntLit i -> true;
            case Expr.LengthOf l -> true;
            case Expr.Name n -> {
                Symbol s = g.resolution.symbol(n);
                yield s != null && f.knownIntegers.contains(s);
            }
            case Expr.Unary u -> u.op() != org.runavm.compiler.frontend.ast.UnaryOp.NOT && knownInteger(u.operand());
            case Expr.Binary b -> switch (b.op()) {
                case ADD, SUB, MUL, FLOOR_DIV, MOD, SHL, SHR, BIT_AND, BIT_OR, BIT_XOR ->
                        knownInteger(b.left()) && knownInteger(b.right());
                default -> false;
            };
            default -> false;
        };
    }

    private void binary(Expr.Binary b) {
        switch (b.op()) {
            case AND, OR -> {
                expr(b.left());
                CodeAssembler.Label end = f.code.newLabel();
                if (f.optimize()) {
                    f.jump(b.op() == BinaryOp.AND ? Opcode.AND_JUMP : Opcode.OR_JUMP, end);
                } else {
                    f.emit(Opcode.DUP);
                    f.jump(b.op() == BinaryOp.AND ? Opcode.JUMP_IF_FALSE : Opcode.JUMP_IF_TRUE, end);
                    f.emit(Opcode.POP);
                }
                expr(b.right());
                f.code.bind(end);
            }
            case CONCAT -> {
                expr(b.left());
                expr(b.right());
                f.at(b.pos());
                f.emit(Opcode.CONCAT, 2);
            }
            default -> {
                boolean ints = f.optimize() && knownInteger(b.left()) && knownInteger(b.right());
                expr(b.left());
                expr(b.right());
                f.at(b.pos());
                f.emit(operator(b.op(), ints));
            }
        }
    }

    static Opcode operator(BinaryOp op, boolean ints) {
        return switch (op) {
            case ADD -> ints ? Opcode.ADD_INT : Opcode.ADD;
            case SUB -> ints ? Opcode.SUB_INT : Opcode.SUB;
            case MUL -> ints ? Opcode.MUL_INT : Opcode.MUL;
            case DIV -> Opcode.DIV;
            case FLOOR_DIV -> Opcode.FLOOR_DIV;
            case MOD -> Opcode.MOD;
            case POW -> Opcode.POW;
            case SHL -> Opcode.SHL;
            case SHR -> Opcode.SHR;
            case BIT_AND -> Opcode.BIT_AND;
            case BIT_OR -> Opcode.BIT_OR;
            case BIT_XOR -> Opcode.BIT_XOR;
            case EQ -> ints ? Opcode.EQ_INT : Opcode.EQ;
            case NE -> Opcode.NE;
            case LT -> ints ? Opcode.LT_INT : Opcode.LT;
            case LE -> ints ? Opcode.LE_INT : Opcode.LE;
            case GT -> Opcode.GT;
            case GE -> Opcode.GE;
            case CONTAINS -> Opcode.CONTAINS;
            case CONCAT, AND, OR -> throw new IllegalArgumentException(op + " is compiled with jumps");
        };
    }

    /**
     * Compiles a condition that jumps to {@code whenFalse} when it does not hold. At optimize level
     * 1 and above a comparison becomes one compare-and-branch instruction (for Integers, or for
     * {@code ==}/{@code !=}, whose negation is exact for every type).
     */
    void jumpIfFalse(Expr cond, CodeAssembler.Label whenFalse) {
        if (f.optimize() && cond instanceof Expr.Binary b) {
            boolean ints = knownInteger(b.left()) && knownInteger(b.right());
            Opcode inverse = switch (b.op()) {
                case EQ -> Opcode.JUMP_IF_NE;
                case NE -> Opcode.JUMP_IF_EQ;
                case LT -> ints ? Opcode.JUMP_IF_GE : null;
                case LE -> ints ? Opcode.JUMP_IF_GT : null;
                case GT -> ints ? Opcode.JUMP_IF_LE : null;
                case GE -> ints ? Opcode.JUMP_IF_LT : null;
                default -> null;
            };
            if (inverse != null) {
                expr(b.left());
                expr(b.right());
                f.at(b.pos());
                f.jump(inverse, whenFalse);
                return;
            }
        }
        expr(cond);
        f.at(cond.pos());
        f.jump(Opcode.JUMP_IF_FALSE, whenFalse);
    }

    // ---- calls -------------------------------------------------------------------------------

    /** Pushes positional arguments; named ones are an error where only positional ones are allowed. */
    int positional(List<Arg> args, Pos pos) {
        for (Arg a : args) {
            if (a.name() != null) {
                g.error(a.pos(), "named arguments cannot be used in a message; pass them in order");
            }
            expr(a.value());
        }
        return args.size();
    }

    /** Pushes arguments, positional first; returns the names of the trailing named ones. */
    private List<String> arguments(List<Arg> args) {
        List<String> names = new ArrayList<>();
        for (Arg a : args) {
            expr(a.value());
            if (a.name() != null) {
                names.add(a.name());
            }
        }
        return names;
    }

    private void call(Expr.Call c) {
        if (c.callee() instanceof Expr.Member m) {
            methodCall(c, m);
            return;
        }
        if (c.callee() instanceof Expr.Name n) {
            Symbol s = g.resolution.symbol(n);
            if (s != null && knownCall(c, s)) {
                return;
            }
        }
        expr(c.callee());
        List<String> names = arguments(c.arguments());
        f.at(c.pos());
        if (names.isEmpty()) {
            f.emit(Opcode.CALL, c.arguments().size());
        } else {
            f.emit(Opcode.CALL_NAMED, g.program.names(names), c.arguments().size());
        }
    }

    /**
     * {@code Return f(args)} at optimize level 2 and above: {@code TAIL_CALL_KNOWN} or
     * {@code TAIL_CALL}, which reuse the frame. Returns false (emitting nothing) for calls that
     * have no tail form: method calls, named arguments, construction.
     */
    boolean tailCall(Expr.Call c) {
        if (c.callee() instanceof Expr.Member || c.arguments().stream().anyMatch(a -> a.name() != null)) {
            return false;
        }
        Symbol s = c.callee() instanceof Expr.Name n ? g.resolution.symbol(n) : null;
        Stmt decl = s == null ? null : g.units.declarations.get(s);
        if (s != null && s.kind() == SymbolKind.CLASS && decl instanceof Stmt.ClassDecl) {
            return false;
        }
        if (s != null && s.isGlobal() && decl instanceof Stmt.ProcessDecl p && g.capturesNothing(p)
                && c.arguments().size() <= p.params().size()
                && c.arguments().size() >= (int) p.params().stream().filter(x -> x.defaultValue() == null).count()) {
            c.arguments().forEach(a -> expr(a.value()));
            f.at(c.pos());
            f.emit(Opcode.TAIL_CALL_KNOWN, g.units.functions.get(p).id(), c.arguments().size());
            return true;
        }
        expr(c.callee());
        c.arguments().forEach(a -> expr(a.value()));
        f.at(c.pos());
        f.emit(Opcode.TAIL_CALL, c.arguments().size());
        return true;
    }

    /** Construction of a class of this file ({@code NEW}) and calls of known processes ({@code CALL_KNOWN}). */
    private boolean knownCall(Expr.Call c, Symbol s) {
        boolean positionalOnly = c.arguments().stream().allMatch(a -> a.name() == null);
        Stmt decl = g.units.declarations.get(s);
        if (!positionalOnly || decl == null) {
            return false;
        }
        if (s.kind() == SymbolKind.CLASS && decl instanceof Stmt.ClassDecl cls) {
            c.arguments().forEach(a -> expr(a.value()));
            f.at(c.pos());
            f.emit(Opcode.NEW, g.types.struct(cls), c.arguments().size());
            return true;
        }
        if (f.optimize() && s.isGlobal() && decl instanceof Stmt.ProcessDecl p && g.capturesNothing(p)
                && c.arguments().size() <= p.params().size()
                && c.arguments().size() >= (int) p.params().stream().filter(x -> x.defaultValue() == null).count()) {
            c.arguments().forEach(a -> expr(a.value()));
            f.at(c.pos());
            f.emit(Opcode.CALL_KNOWN, g.units.functions.get(p).id(), c.arguments().size());
            return true;
        }
        return false;
    }

    private void methodCall(Expr.Call c, Expr.Member m) {
        if (m.target() instanceof Expr.SuperRef sup) {
            self(sup.pos());
            List<String> names = arguments(c.arguments());
            if (!names.isEmpty()) {
                g.error(c.pos(), "`Super` calls take positional arguments only");
            }
            f.at(c.pos());
            f.emit(Opcode.CALL_SUPER, g.currentClassType(f, c.pos()), g.program.text(m.name()), c.arguments().size());
            return;
        }
        expr(m.target());
        List<String> names = arguments(c.arguments());
        f.at(c.pos());
        int name = g.program.text(m.name());
        if (!names.isEmpty()) {
            f.emit(Opcode.CALL_METHOD_NAMED, name, g.program.names(names), c.arguments().size());
        } else if (f.optimize()) {
            f.emit(Opcode.CALL_METHOD_IC, name, f.cache(), c.arguments().size());
        } else {
            f.emit(Opcode.CALL_METHOD, name, c.arguments().size());
        }
    }

    private void construct(Expr.Construct c) {
        TypeRef t = c.type();
        Opcode empty = switch (t.name()) {
            case "List" -> Opcode.NEW_LIST;
            case "Set" -> Opcode.NEW_SET;
            case "Map" -> Opcode.NEW_MAP;
            default -> null;
        };
        if (empty != null && c.arguments().isEmpty()) {
            f.at(c.pos());
            f.emit(empty, 0);
            return;
        }
        f.at(c.pos());
        f.emit(Opcode.LOAD_GLOBAL, g.program.text(t.name()));
        List<String> names = arguments(c.arguments());
        f.at(c.pos());
        if (names.isEmpty()) {
            f.emit(Opcode.CALL, c.arguments().size());
        } else {
            f.emit(Opcode.CALL_NAMED, g.program.names(names), c.arguments().size());
        }
    }

    private void closure(Expr.Lambda l) {
        int id = g.compileUnit(l, f);
        f.emit(g.hasUpvalues(id) ? Opcode.CLOSURE : Opcode.LAMBDA, id);
    }

    /** Pushes a constant that names a type, for class values. */
    void typeConstant(int typeId) {
        f.emit(Opcode.LOAD_CONST, g.program.constant(new Constant.TypeRef(typeId)));
    }
}
