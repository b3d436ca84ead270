package org.runavm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runavm.boot.RunaFramework;
import org.runavm.kernel.RunaVm;
import org.runavm.kernel.RunaVmFactory;
import org.runavm.kernel.VmStreams;
import org.runavm.kernel.bytecode.CodeAssembler;
import org.runavm.kernel.bytecode.Opcode;
import org.runavm.kernel.bytecode.ProgramBuilder;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.config.JitMode;
import org.runavm.kernel.config.VmConfig;
import org.runavm.kernel.exec.ExecutionResult;
import org.runavm.kernel.loader.Loader;

/**
 * A Tuple literal of constants is made once (docs/language-notes.md), but bytecode may jump into the
 * middle of its instructions with other values on the stack: {@code f(false)} below reaches
 * {@code LOAD_INT 2; NEW_TUPLE 2} with 7 below, and must get {@code (7, 2)}, not the shared
 * {@code (1, 2)}, both interpreted and as compiled code (every function compiled at its first call).
 */
class ConstantTupleJumpTest {
    @TempDir
    Path cache;

    @Test
    void aJumpIntoATupleOfConstantsBuildsTheTupleOfTheValuesItFinds() throws Exception {
        try (RunaFramework framework = Distributions.boot("standard", cache)) {
            var context = framework.context();
            RunaVmFactory factory = context.getService(context.getServiceReference(RunaVmFactory.class));
            Loader loader = context.getService(context.getServiceReference(Loader.class));
            byte[] program = loader.write(program());
            for (JitMode jit : List.of(JitMode.OFF, JitMode.AGGRESSIVE)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                VmStreams streams = new VmStreams(new ByteArrayInputStream(new byte[0]),
                        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
                try (RunaVm vm = factory.create(VmConfig.builder().jit(jit).jitThreshold(1).build(), streams)) {
                    ExecutionResult result = vm.run(vm.load(program, "jump.runab"), List.of());
                    assertEquals(0, result.exitStatus(), out.toString(StandardCharsets.UTF_8));
                }
                assertEquals("(1, 2)\n(7, 2)\n".repeat(3), out.toString(StandardCharsets.UTF_8), "with the JIT " + jit);
            }
        }
    }

    /** {@code f(flag)}: {@code (1, 2)} when flag is true; otherwise 7 is pushed and the code jumps to {@code LOAD_INT 2}. */
    private static ProgramImage program() {
        ProgramBuilder b = new ProgramBuilder();
        var main = b.function("<main>");
        var f = b.function("f");
        f.parameter("flag", ProgramImage.NO_ID, 0);
        CodeAssembler c = f.code();
        CodeAssembler.Label other = c.newLabel();
        CodeAssembler.Label mid = c.newLabel();
        c.emit(Opcode.LOAD_LOCAL, 0).emitJump(Opcode.JUMP_IF_FALSE, other)
                .emit(Opcode.LOAD_INT, 1)
                .bind(mid).emit(Opcode.LOAD_INT, 2).emit(Opcode.NEW_TUPLE, 2).emit(Opcode.RETURN)
                .bind(other).emit(Opcode.LOAD_INT, 7).emitJump(Opcode.JUMP, mid);
        CodeAssembler m = main.code();
        for (int i = 0; i < 3; i++) {
            m.emit(Opcode.LOAD_TRUE).emit(Opcode.CALL_KNOWN, f.id(), 1).emit(Opcode.DISPLAY)
                    .emit(Opcode.LOAD_FALSE).emit(Opcode.CALL_KNOWN, f.id(), 1).emit(Opcode.DISPLAY);
        }
        m.emit(Opcode.RETURN_NULL);
        return b.build();
    }
}
