package org.runavm.kernel.bytecode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The operand-stack depth before every instruction of a function, by data-flow over its control
 * flow graph.
 *
 * <p>One algorithm serves three readers: the verifier (which reports its problems), the assembler
 * (which takes {@link Result#maxDepth()} as the function's max stack) and the JIT (which needs the
 * depth at every instruction to map stack slots to JVM locals). Entry is depth 0; an exception
 * handler starts at depth 1 (the error). Each instruction's effect comes from {@link Opcode#stack()};
 * a branch's target gets the depth after its {@code branchPushes}. Unreachable code keeps depth -1.
 */
public final class StackDepths {

    private StackDepths() {
    }

    /** A problem found while computing depths, at a function-relative offset. */
    public record Problem(int offset, String message) {
    }

    /**
     * The result.
     *
     * @param depthAt  depth before the instruction starting at each offset; -1 when unreachable or
     *                 not an instruction start
     * @param maxDepth the largest depth reached
     * @param problems what is wrong, empty for well-formed code
     */
    public record Result(int[] depthAt, int maxDepth, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Computes the depths of {@code code[start..end)}.
     *
     * @param handlerOffsets function-relative handler offsets of the exception table
     * @param switchTargets  maps a SWITCH instruction's table constant index to its case offsets
     *                       (relative to the instruction), or {@code null} when the table is invalid
     *                       (the caller reports that)
     */
    public static Result compute(byte[] code, int start, int end, int[] handlerOffsets,
                                 IntFunction<int[]> switchTargets) {
        int length = end - start;
        List<Problem> problems = new ArrayList<>();
        boolean[] boundary = new boolean[length + 1];
        InstructionReader in = new InstructionReader(code, start, end);
        try {
            while (in.next()) {
                boundary[in.offset()] = true;
            }
        } catch (InstructionReader.MalformedCodeException e) {
            problems.add(new Problem(e.offset(), e.getMessage()));
            return new Result(new int[length], 0, problems);
        }
        int[] depth = new int[length];
        java.util.Arrays.fill(depth, -1);
        ArrayDeque<Integer> work = new ArrayDeque<>();
        Flow flow = new Flow(depth, boundary, length, work, problems);
        if (length == 0) {
            return new Result(depth, 0, problems);
        }
        flow.reach(-1, 0, 0, "the function entry");
        for (int handler : handlerOffsets) {
            flow.reach(-1, handler, 1, "an exception handler");
        }
        int max = 0;
        while (!work.isEmpty()) {
            int at = work.pop();
            in.seek(at);
            in.next();
            Opcode op = in.opcode();
            int[] operands = in.operands();
            int before = depth[at];
            int pops = op.stack().pops(operands);
            if (before < pops) {
                problems.add(new Problem(at, op.mnemonic() + " needs " + pops + " stack values but has " + before));
                continue;
            }
            int after = before - pops + op.stack().pushes(operands);
            int afterBranch = before - pops + op.stack().branchPushes(operands);
            max = Math.max(max, Math.max(before, Math.max(after, afterBranch)));
            if (op.fallsThrough()) {
                if (in.nextOffset() >= length) {
                    problems.add(new Problem(at, "control falls off the end of the function after " + op.mnemonic()));
                } else {
                    flow.reach(at, in.nextOffset(), after, op.mnemonic());
                }
            }
            if (op.has(OpFlag.BRANCH)) {
                flow.reach(at, in.jumpTarget(), afterBranch, op.mnemonic());
            }
            if (op.has(OpFlag.SWITCH)) {
                int[] cases = switchTargets.apply(operands[0]);
                if (cases != null) {
                    for (int c : cases) {
                        flow.reach(at, at + c, afterBranch, op.mnemonic());
                    }
                }
            }
        }
        return new Result(depth, max, problems);
    }

    /** Propagates depths to successors and records conflicts. */
    private record Flow(int[] depth, boolean[] boundary, int length, ArrayDeque<Integer> work,
                        List<Problem> problems) {
        void reach(int from, int target, int d, String what) {
            int at = Math.max(from, 0);
            if (target < 0 || target >= length) {
                problems.add(new Problem(at, what + " targets offset " + target + ", outside the function (0.." + length + ")"));
            } else if (!boundary[target]) {
                problems.add(new Problem(at, what + " targets offset " + target + ", inside an instruction"));
            } else if (depth[target] < 0) {
                depth[target] = d;
                work.push(target);
            } else if (depth[target] != d) {
                problems.add(new Problem(target, "stack depth " + depth[target] + " here, but " + d
                        + " when reached from offset " + at));
            }
        }
    }
}
