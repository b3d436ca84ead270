package org.runavm.bytecode.internal.verify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.runavm.bytecode.internal.RunabLoader;
import org.runavm.kernel.bytecode.CodeAssembler;
import org.runavm.kernel.bytecode.Opcode;
import org.runavm.kernel.bytecode.ProgramBuilder;
import org.runavm.kernel.bytecode.ProgramImage;

/**
 * The assembler and the verifier agree: random stack-correct code, with loops and branches, built
 * with {@link ProgramBuilder} always verifies, loads from its own bytes, and writes back identically.
 */
class AssembledProgramsTest {

    private static final Opcode[] PUSHES = {Opcode.LOAD_INT, Opcode.LOAD_NULL, Opcode.LOAD_TRUE, Opcode.LOAD_LOCAL};
    private static final Opcode[] BINARY = {Opcode.ADD, Opcode.SUB, Opcode.MUL, Opcode.LT, Opcode.EQ, Opcode.ADD_INT,
        Opcode.CONTAINS, Opcode.BIT_XOR};
    private static final Opcode[] UNARY = {Opcode.NEG, Opcode.NOT, Opcode.TYPE_OF, Opcode.LENGTH, Opcode.TO_DECIMAL};

    @Provide
    Arbitrary<List<Integer>> programs() {
        return Arbitraries.integers().between(0, 999).list().ofMaxSize(60);
    }

    @Property(tries = 300)
    void assembledCodeVerifies(@ForAll("programs") List<Integer> choices) throws Exception {
        ProgramBuilder b = new ProgramBuilder();
        ProgramBuilder.FunctionBuilder f = b.function("<main>");
        f.local("x", -1, 0, 0, 0);
        CodeAssembler c = f.code();
        int depth = 0;
        CodeAssembler.Label loop = null;
        for (int choice : choices) {
            int kind = choice % 8;
            int pick = choice / 8;
            if (kind <= 2 || depth == 0) {
                Opcode op = PUSHES[pick % PUSHES.length];
                if (op == Opcode.LOAD_INT) {
                    c.emit(op, pick);
                } else if (op == Opcode.LOAD_LOCAL) {
                    c.emit(op, 0);
                } else {
                    c.emit(op);
                }
                depth++;
            } else if (kind == 3 && depth >= 2) {
                c.emit(BINARY[pick % BINARY.length]);
                depth--;
            } else if (kind == 4) {
                c.emit(UNARY[pick % UNARY.length]);
            } else if (kind == 5) {
                c.emit(Opcode.STORE_LOCAL, 0);
                depth--;
            } else if (kind == 6 && depth == 0 && loop == null) {
                loop = c.here();
            } else {
                // if (top) { push; pop } — a forward branch whose two paths meet at the same depth
                CodeAssembler.Label skip = c.newLabel();
                c.emitJump(Opcode.JUMP_IF_FALSE, skip).emit(Opcode.LOAD_NULL).emit(Opcode.POP);
                c.bind(skip);
                depth--;
            }
        }
        while (depth-- > 0) {
            c.emit(Opcode.POP);
        }
        if (loop != null) {
            // Back to the loop head at depth 0, so the depths agree; the loop exits through its test.
            CodeAssembler.Label exit = c.newLabel();
            c.emit(Opcode.LOAD_FALSE).emitJump(Opcode.JUMP_IF_TRUE, exit).emitJump(Opcode.JUMP, loop);
            c.bind(exit);
        }
        c.emit(Opcode.RETURN_NULL);
        ProgramImage image = b.build();
        var problems = new Verifier().verify(image);
        assertTrue(problems.isEmpty(), problems::toString);
        RunabLoader loader = new RunabLoader();
        byte[] bytes = loader.write(image);
        assertArrayEquals(bytes, loader.write(loader.load(bytes, "assembled")));
    }
}
