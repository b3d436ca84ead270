package org.runavm.compiler.codegen;

import java.util.ArrayList;
import java.util.List;

import org.runavm.compiler.frontend.ast.Expr;
import org.runavm.compiler.frontend.ast.Pattern;
import org.runavm.compiler.frontend.ast.Stmt;
import org.runavm.compiler.frontend.resolve.Symbol;
import org.runavm.kernel.bytecode.CodeAssembler;
import org.runavm.kernel.bytecode.Constant;
import org.runavm.kernel.bytecode.Opcode;

/**
 * {@code Match}: the subject is evaluated once into a slot; each {@code When} tries its patterns
 * in order (literals with {@code ==}, {@code _} always, {@code NAME as TYPE} with {@code IS_A} and
 * then binds), then its guard; the first clause that matches runs, else {@code Otherwise}. When
 * optimizing, a Match whose clauses all list constants without guards is one {@code SWITCH}.
 */
final class Matches {

    private final StatementCompiler s;
    private final Frame f;

    Matches(StatementCompiler statements) {
        this.s = statements;
        this.f = statements.f;
    }

    void match(Stmt.Match m) {
        s.expr(m.subject());
        if (f.optimize() && !m.cases().isEmpty() && m.cases().stream().allMatch(Matches::constantClause)) {
            switchTable(m);
            return;
        }
        int subject = f.temp();
        f.emit(Opcode.STORE_LOCAL, subject);
        CodeAssembler.Label end = f.code.newLabel();
        for (Stmt.When w : m.cases()) {
            CodeAssembler.Label nextClause = f.code.newLabel();
            CodeAssembler.Label matched = f.code.newLabel();
            f.openScope();
            for (Pattern p : w.patterns()) {
                f.at(p.pos());
                switch (p) {
                    case Pattern.Wildcard any -> f.jump(Opcode.JUMP, matched);
                    case Pattern.Literal lit -> {
                        f.emit(Opcode.LOAD_LOCAL, subject);
                        s.expr(lit.value());
                        f.at(p.pos());
                        if (f.optimize()) {
                            f.jump(Opcode.JUMP_IF_EQ, matched);
                        } else {
                            f.emit(Opcode.EQ);
                            f.jump(Opcode.JUMP_IF_TRUE, matched);
                        }
                    }
                    case Pattern.Binding b -> {
                        CodeAssembler.Label nextPattern = f.code.newLabel();
                        f.emit(Opcode.LOAD_LOCAL, subject);
                        f.emit(Opcode.IS_A, s.g.types.of(b.type()));
                        f.jump(Opcode.JUMP_IF_FALSE, nextPattern);
                        List<Symbol> declared = s.g.resolution.declared(b);
                        f.emit(Opcode.LOAD_LOCAL, subject);
                        if (declared.isEmpty()) {
                            f.emit(Opcode.POP);
                        } else {
                            s.bindFresh(declared.getFirst(), b.pos());
                        }
                        f.jump(Opcode.JUMP, matched);
                        f.code.bind(nextPattern);
                    }
                }
            }
            f.jump(Opcode.JUMP, nextClause);
            f.code.bind(matched);
            if (w.guard() != null) {
                s.jumpIfFalse(w.guard(), nextClause);
            }
            s.statements(w.body().statements());
            f.closeScope();
            f.jump(Opcode.JUMP, end);
            f.code.bind(nextClause);
        }
        s.block(m.otherwise());
        f.code.bind(end);
    }

    /** A clause of literal constants only, without a guard: it can be a row of a switch table. */
    private static boolean constantClause(Stmt.When w) {
        return w.guard() == null && w.patterns().stream().allMatch(
                p -> p instanceof Pattern.Literal lit && constant(lit.value()) != null);
    }

    private static Constant constant(Expr e) {
        return switch (e) {
            case Expr.IntLit i -> new Constant.Int(i.value());
            case Expr.DecLit d -> new Constant.Decimal(d.value());
            case Expr.TextLit t -> new Constant.Text(t.value());
            case Expr.BoolLit b -> new Constant.Bool(b.value());
            case Expr.NullLit n -> new Constant.Null();
            default -> null;
        };
    }

    /**
     * Every clause lists constants: one {@code SWITCH} on the subject (left on the stack), whose
     * table maps each constant to its clause, in clause order (the first clause naming a value wins,
     * as the engines compare keys in order with {@code ==}).
     */
    private void switchTable(Stmt.Match m) {
        List<Constant> keys = new ArrayList<>();
        List<CodeAssembler.Label> targets = new ArrayList<>();
        List<CodeAssembler.Label> bodies = new ArrayList<>();
        for (Stmt.When w : m.cases()) {
            CodeAssembler.Label body = f.code.newLabel();
            bodies.add(body);
            for (Pattern p : w.patterns()) {
                Constant key = constant(((Pattern.Literal) p).value());
                if (!keys.contains(key)) {
                    keys.add(key);
                    targets.add(body);
                }
            }
        }
        CodeAssembler.Label otherwise = f.code.newLabel();
        CodeAssembler.Label end = f.code.newLabel();
        f.at(m.pos());
        f.fb.emitSwitch(keys, targets, otherwise);
        for (int k = 0; k < m.cases().size(); k++) {
            f.code.bind(bodies.get(k));
            s.block(m.cases().get(k).body());
            f.jump(Opcode.JUMP, end);
        }
        f.code.bind(otherwise);
        s.block(m.otherwise());
        f.code.bind(end);
    }
}
