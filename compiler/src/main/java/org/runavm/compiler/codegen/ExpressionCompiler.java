package org.runavm.compiler.codegen;

import java.util.List;

import org.runavm.compiler.frontend.ast.BinaryOp;
import org.runavm.compiler.frontend.ast.Expr;
import org.runavm.compiler.frontend.ast.Pos;
import org.runavm.compiler.frontend.ast.Stmt;
import org.runavm.compiler.frontend.resolve.Symbol;
import org.runavm.kernel.bytecode.CodeAssembler;
import org.runavm.kernel.bytecode.Opcode;

/**
 * Expressions: each leaves exactly one value on the operand stack. Generic instructions always;
 * at optimize level 1 and above, the specialised forms where they mean the same thing (small
 * Integer literals, Integer arithmetic on operands known to be Integers, short-circuit jumps,
 * compare-and-branch). Calls are compiled by {@link Calls}.
 */
class ExpressionCompiler extends NameCompiler {

    ExpressionCompiler(Frame frame) {
        super(frame);
    }

    void expr(Expr e) {
        switch (e) {
            case Expr.IntLit i -> literal(i);
            case Expr.DecLit d -> literal(d);
            case Expr.TextLit t -> literal(t);
            case Expr.BoolLit b -> literal(b);
            case Expr.NullLit n -> literal(n);
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
            case Expr.Call c -> new Calls(this).call(c);
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
            case Expr.Construct c -> new Calls(this).construct(c);
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
                int n = new Calls(this).positional(a.arguments(), a.pos());
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

    private void sequence(List<Expr> elements, Opcode op, Pos pos) {
        elements.forEach(this::expr);
        f.at(pos);
        f.emit(op, elements.size());
    }

    boolean knownInteger(Expr e) {
        return switch (e) {
            case Expr.IntLit i -> true;
            case Expr.LengthOf l -> true;
            case Expr.Name n -> {
                Symbol s = g.resolution.symbol(n);
                yield s != null && f.knownIntegers.contains(s);
            }
            case Expr.Unary u -> u.op() != org.runavm.compiler.frontend.ast.UnaryOp.NOT && knownInteger(u.operand());
            case Expr.Call c -> { // a known process declared to return Integer checks its every return
                Stmt.ProcessDecl p = new Calls(this).knownProcess(c);
                yield p != null && !p.isGenerator() && !p.isAsync() && g.isBuiltInInteger(p.returns());
            }
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

    private void closure(Expr.Lambda l) {
        int id = g.compileUnit(l, f);
        f.emit(g.hasUpvalues(id) ? Opcode.CLOSURE : Opcode.LAMBDA, id);
    }

}
