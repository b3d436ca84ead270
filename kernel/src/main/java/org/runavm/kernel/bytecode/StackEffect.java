package org.runavm.kernel.bytecode;

/**
 * How many values an instruction pops and pushes, possibly depending on one of its operands.
 *
 * <p>Written in the {@link Opcode} table as a tiny formula, {@code "POPS>PUSHES"} or
 * {@code "POPS>PUSHES|BRANCH_PUSHES"}, where each count is {@code N}, {@code aK}, {@code MaK} or
 * {@code N+MaK}: a constant plus M times operand K. For example {@code "1+a0>1"} (CALL: the callee
 * and operand-0 arguments in, one result out) or {@code "0>1|0"} (FOR_ITER: pushes a value when it
 * falls through, nothing when it jumps). A parsed formula is evaluated against decoded operands, so
 * the verifier and the assembler compute exactly the same depths.
 */
public record StackEffect(Count pops, Count pushes, Count branchPushes) {

    /** {@code base + factor * operand[operand]}; {@code operand < 0} means a constant. */
    public record Count(int base, int factor, int operand) {
        /** The count for an instruction with these operands. */
        public int of(int[] operands) {
            return operand < 0 ? base : base + factor * operands[operand];
        }

        /** Whether the count depends on an operand. */
        public boolean variable() {
            return operand >= 0;
        }

        static Count parse(String text) {
            int plus = text.indexOf('+');
            int a = text.indexOf('a');
            if (a < 0) {
                return new Count(Integer.parseInt(text), 0, -1);
            }
            int base = plus < 0 ? 0 : Integer.parseInt(text.substring(0, plus));
            String factorText = text.substring(plus < 0 ? 0 : plus + 1, a);
            int factor = factorText.isEmpty() ? 1 : Integer.parseInt(factorText);
            return new Count(base, factor, Integer.parseInt(text.substring(a + 1)));
        }

        @Override
        public String toString() {
            if (operand < 0) {
                return Integer.toString(base);
            }
            String term = (factor == 1 ? "" : factor) + "a" + operand;
            return base == 0 ? term : base + "+" + term;
        }
    }

    /** Parses the table notation described on this class. */
    public static StackEffect parse(String formula) {
        int gt = formula.indexOf('>');
        int bar = formula.indexOf('|');
        Count pops = Count.parse(formula.substring(0, gt));
        Count pushes = Count.parse(formula.substring(gt + 1, bar < 0 ? formula.length() : bar));
        Count branch = bar < 0 ? pushes : Count.parse(formula.substring(bar + 1));
        return new StackEffect(pops, pushes, branch);
    }

    /** Values popped, for these operands. */
    public int pops(int[] operands) {
        return pops.of(operands);
    }

    /** Values pushed when control falls through, for these operands. */
    public int pushes(int[] operands) {
        return pushes.of(operands);
    }

    /** Values pushed when the instruction jumps, for these operands. */
    public int branchPushes(int[] operands) {
        return branchPushes.of(operands);
    }

    @Override
    public String toString() {
        String base = pops + ">" + pushes;
        return branchPushes.equals(pushes) ? base : base + "|" + branchPushes;
    }
}
