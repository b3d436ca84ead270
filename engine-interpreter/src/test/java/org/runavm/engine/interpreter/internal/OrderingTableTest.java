package org.runavm.engine.interpreter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.runavm.kernel.bytecode.Opcode;
import org.runavm.kernel.value.Values;

/**
 * The dispatch loop decides Integer and Decimal orderings with {@link Arith#ACCEPTS}; it must agree
 * with {@link Arith#relation} and {@link Arith#holds}, which the general path uses, for every ordering
 * instruction and every outcome, NaN (unordered) included.
 */
class OrderingTableTest {
    private static final int[] ORDERINGS = {Op.LT, Op.LE, Op.GT, Op.GE, Op.LT_INT, Op.LE_INT,
        Op.JUMP_IF_LT, Op.JUMP_IF_LE, Op.JUMP_IF_GT, Op.JUMP_IF_GE};
    private static final double[] DECIMALS = {Double.NEGATIVE_INFINITY, -2.5, -0.0, 0.0, 1.0, 3.25,
        Double.POSITIVE_INFINITY, Double.NaN};

    @Test
    void integerOrderingsAgreeWithTheGeneralPath() {
        long[] values = {Long.MIN_VALUE, -3, -1, 0, 1, 2, Long.MAX_VALUE};
        for (int op : ORDERINGS) {
            for (long a : values) {
                for (long b : values) {
                    int outcome = a < b ? Arith.LESS : a == b ? Arith.EQUAL : Arith.GREATER;
                    assertEquals(Arith.holds(Arith.relation(op), Long.compare(a, b)), (Arith.ACCEPTS[op] & outcome) != 0,
                            Opcode.byCode(op) + " " + a + " " + b);
                }
            }
        }
    }

    @Test
    void decimalOrderingsAgreeWithTheGeneralPathNaNIncluded() {
        for (int op : ORDERINGS) {
            for (double x : DECIMALS) {
                for (double y : DECIMALS) {
                    int c = x < y ? -1 : x > y ? 1 : x == y ? 0 : Arith.UNORDERED;
                    int outcome = Arith.decimalOutcome(Values.decimalBits(x), Values.decimalBits(y));
                    assertEquals(Arith.holds(Arith.relation(op), c), (Arith.ACCEPTS[op] & outcome) != 0,
                            Opcode.byCode(op) + " " + x + " " + y);
                }
            }
        }
    }
}
