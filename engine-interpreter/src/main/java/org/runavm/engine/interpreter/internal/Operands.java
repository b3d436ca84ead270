package org.runavm.engine.interpreter.internal;

import java.util.List;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.bytecode.OperandKind;
import org.runavm.kernel.bytecode.Opcode;

/**
 * A program's code decoded once for the dispatch loop: an {@code int} per code byte where the opcode of
 * the instruction at {@code pc} is at {@code [pc]} and its k-th operand, already decoded (signed or
 * not, as its {@link OperandKind} says), at {@code [pc + 1 + k]}. Every operand is at least a byte
 * wide, so those positions always lie inside the instruction.
 *
 * <p>Why: HotSpot compiles the dispatch loop as one method and stops inlining into it at about 8,000
 * bytes of bytecode. Decoding an operand from bytes in the loop is a helper call (or its inlined body)
 * at every use, which used that budget up before the loop's later cases were reached, and a call that
 * is not inlined spills every live register. An operand read is now one array load. The byte code
 * stays the program's code for everything else (the verifier's view, the tier compiler, the
 * disassembler, error positions); superinstructions and operand positions are the same in both.
 */
final class Operands {
    private Operands() {
    }

    /**
     * Decodes the functions' instructions: opcodes from {@code quickened} (the engine's rewritten copy),
     * instruction boundaries and operands from {@code original}, whose opcodes are the bytecode's own.
     */
    static int[] decode(byte[] original, byte[] quickened, List<FunctionInfo> functions) {
        int[] ops = new int[quickened.length];
        for (FunctionInfo fn : functions) {
            int end = fn.codeOffset() + fn.codeLength();
            for (int pc = fn.codeOffset(); pc < end; ) {
                Opcode op = Opcode.byCode(original[pc] & 0xFF);
                if (op == null || pc + op.length() > end) {
                    break; // the verifier rejects such code; nothing past here can run
                }
                ops[pc] = quickened[pc] & 0xFF;
                int at = pc + 1;
                List<OperandKind> kinds = op.operands();
                for (int k = 0; k < kinds.size(); k++) {
                    OperandKind kind = kinds.get(k);
                    ops[pc + 1 + k] = read(original, at, kind);
                    at += kind.width();
                }
                pc += op.length();
            }
        }
        return ops;
    }

    private static int read(byte[] code, int at, OperandKind kind) {
        return switch (kind.width()) {
            case 1 -> kind.signed() ? code[at] : code[at] & 0xFF;
            case 2 -> kind.signed() ? (short) Interpreter.u16(code, at) : Interpreter.u16(code, at);
            default -> Interpreter.s32(code, at);
        };
    }
}
