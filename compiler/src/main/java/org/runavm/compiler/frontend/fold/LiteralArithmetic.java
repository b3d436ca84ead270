package org.runavm.compiler.frontend.fold;

import org.runavm.compiler.frontend.ast.BinaryOp;
import org.runavm.compiler.frontend.ast.Expr;
import org.runavm.compiler.frontend.ast.Pos;
import org.runavm.compiler.frontend.ast.UnaryOp;

/**
 * The folding rules: what one operator does to literal operands, exactly as the VM would do it at
 * run time (language.md §3). Whenever the run-time result would be an error (Integer overflow,
 * division by zero) or its rule is not settled here (shifts), the rule answers null and the
 * expression is left for run time, so folding never changes what a program does.
 */
final class LiteralArithmetic {

    private LiteralArithmetic() {
    }

    static Expr unary(Pos pos, UnaryOp op, Expr operand) {
        return switch (op) {
            case NEG -> switch (operand) {
                case Expr.IntLit i when i.value() != Long.MIN_VALUE -> new Expr.IntLit(pos, -i.value());
                case Expr.DecLit d -> new Expr.DecLit(pos, -d.value());
                default -> null;
            };
            case NOT -> operand instanceof Expr.BoolLit b ? new Expr.BoolLit(pos, !b.value()) : null;
            case BIT_NOT -> operand instanceof Expr.IntLit i ? new Expr.IntLit(pos, ~i.value()) : null;
        };
    }

    static Expr binary(Pos pos, BinaryOp op, Expr left, Expr right) {
        if (!isLiteral(left) || !isLiteral(right)) {
            return null;
        }
        if ((op == BinaryOp.ADD && (left instanceof Expr.TextLit || right instanceof Expr.TextLit))
                || op == BinaryOp.CONCAT) {
            return new Expr.TextLit(pos, textForm(left) + textForm(right));
        }
        if (left instanceof Expr.IntLit a && right instanceof Expr.IntLit b) {
            return integers(pos, op, a.value(), b.value());
        }
        if (isNumber(left) && isNumber(right)) {
            return decimals(pos, op, number(left), number(right));
        }
        if (left instanceof Expr.TextLit a && right instanceof Expr.TextLit b) {
            return compare(pos, op, compareCodePoints(a.value(), b.value()), a.value().equals(b.value()));
        }
        if (left instanceof Expr.BoolLit a && right instanceof Expr.BoolLit b) {
            return switch (op) {
                case AND -> new Expr.BoolLit(pos, a.value() && b.value());
                case OR -> new Expr.BoolLit(pos, a.value() || b.value());
                case EQ -> new Expr.BoolLit(pos, a.value() == b.value());
                case NE -> new Expr.BoolLit(pos, a.value() != b.value());
                default -> null;
            };
        }
        if (op == BinaryOp.EQ || op == BinaryOp.NE) {
            // Different kinds of literal (or two nulls): structurally equal only when both are null.
            boolean equal = left instanceof Expr.NullLit && right instanceof Expr.NullLit;
            return new Expr.BoolLit(pos, op == BinaryOp.EQ == equal);
        }
        return null;
    }

    private static Expr integers(Pos pos, BinaryOp op, long a, long b) {
        try {
            return switch (op) {
                case ADD -> new Expr.IntLit(pos, Math.addExact(a, b));
                case SUB -> new Expr.IntLit(pos, Math.subtractExact(a, b));
                case MUL -> new Expr.IntLit(pos, Math.multiplyExact(a, b));
                case POW -> b < 0 ? null : new Expr.IntLit(pos, power(a, b));
                case DIV -> new Expr.DecLit(pos, (double) a / (double) b);
                case FLOOR_DIV -> b == 0 || (a == Long.MIN_VALUE && b == -1) ? null : new Expr.IntLit(pos, Math.floorDiv(a, b));
                case MOD -> b == 0 ? null : new Expr.IntLit(pos, Math.floorMod(a, b));
                case BIT_AND -> new Expr.IntLit(pos, a & b);
                case BIT_OR -> new Expr.IntLit(pos, a | b);
                case BIT_XOR -> new Expr.IntLit(pos, a ^ b);
                default -> compare(pos, op, Long.compare(a, b), a == b);
            };
        } catch (ArithmeticException overflow) {
            return null; // stays a run-time OverflowError
        }
    }

    /** Exact {@code a ** b} for {@code b >= 0}; throws ArithmeticException on overflow. */
    static long power(long base, long exponent) {
        long result = 1;
        long b = base;
        long e = exponent;
        while (e > 0) {
            if ((e & 1) == 1) {
                result = Math.multiplyExact(result, b);
            }
            e >>= 1;
            if (e > 0) {
                b = Math.multiplyExact(b, b);
            }
        }
        return result;
    }

    private static Expr decimals(Pos pos, BinaryOp op, double a, double b) {
        return switch (op) {
            case ADD -> new Expr.DecLit(pos, a + b);
            case SUB -> new Expr.DecLit(pos, a - b);
            case MUL -> new Expr.DecLit(pos, a * b);
            case DIV -> new Expr.DecLit(pos, a / b);
            case POW -> new Expr.DecLit(pos, Math.pow(a, b));
            case EQ, NE, LT, LE, GT, GE -> Double.isNaN(a) || Double.isNaN(b)
                    ? new Expr.BoolLit(pos, op == BinaryOp.NE)
                    : compare(pos, op, Double.compare(a == 0.0 ? 0.0 : a, b == 0.0 ? 0.0 : b), a == b);
            default -> null;
        };
    }

    private static Expr compare(Pos pos, BinaryOp op, int order, boolean equal) {
        return switch (op) {
            case EQ -> new Expr.BoolLit(pos, equal);
            case NE -> new Expr.BoolLit(pos, !equal);
            case LT -> new Expr.BoolLit(pos, order < 0);
            case LE -> new Expr.BoolLit(pos, order <= 0);
            case GT -> new Expr.BoolLit(pos, order > 0);
            case GE -> new Expr.BoolLit(pos, order >= 0);
            default -> null;
        };
    }

    /** Text order is by code point (not UTF-16 unit), as language.md §3 says. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    static boolean isLiteral(Expr e) {
        return e instanceof Expr.IntLit || e instanceof Expr.DecLit || e instanceof Expr.TextLit
                || e instanceof Expr.BoolLit || e instanceof Expr.NullLit;
    }

    private static boolean isNumber(Expr e) {
        return e instanceof Expr.IntLit || e instanceof Expr.DecLit;
    }

    private static double number(Expr e) {
        return e instanceof Expr.IntLit i ? (double) i.value() : ((Expr.DecLit) e).value();
    }

    /** The text form of a literal as {@code Display} and {@code +} render it (language.md §12). */
    static String textForm(Expr e) {
        return switch (e) {
            case Expr.IntLit i -> Long.toString(i.value());
            case Expr.DecLit d -> Double.toString(d.value());
            case Expr.TextLit t -> t.value();
            case Expr.BoolLit b -> Boolean.toString(b.value());
            default -> "null";
        };
    }
}
