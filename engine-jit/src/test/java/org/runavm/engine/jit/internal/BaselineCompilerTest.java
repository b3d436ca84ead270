package org.runavm.engine.jit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodType;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.bytecode.CodeAssembler;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.bytecode.Opcode;
import org.runavm.kernel.bytecode.ProgramBuilder;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.exec.CompilationRequest;
import org.runavm.kernel.exec.CompiledCode;
import org.runavm.kernel.exec.FunctionProfile;

/** What the tier compiles and declines; running compiled code is the conformance corpus's job (JIT combinations). */
class BaselineCompilerTest {
    private static final FunctionProfile HOT = new FunctionProfile(1000, 0, new long[0]);

    private final BaselineCompiler compiler = new BaselineCompiler();

    @Test
    void compilesAFunctionToAHiddenClassTheEngineCanCall() {
        CompiledCode code = compiler.compile(new CompilationRequest(WarmUp.program(), 0, BaselineCompiler.CONVENTION, HOT))
                .orElseThrow();
        assertEquals("baseline", code.tier());
        assertTrue(code.isValid());
        assertNotNull(code.function());
        assertTrue(code.function().getClass().isHidden(), "defined as a hidden class, unloaded with its last use");
        assertEquals(BaselineCompiler.CONVENTION, code.entryPoint().type());
    }

    @Test
    void stoppingTheTierInvalidatesEverythingItCompiled() {
        CompiledCode code = compiler.compile(new CompilationRequest(WarmUp.program(), 0, BaselineCompiler.CONVENTION, HOT))
                .orElseThrow();
        compiler.deactivate();
        assertFalse(code.isValid());
    }

    @Test
    void declinesGenerators() {
        ProgramBuilder b = new ProgramBuilder();
        var gen = b.function("count").flags(FunctionInfo.GENERATOR);
        gen.code().emit(Opcode.LOAD_INT, 1).emit(Opcode.YIELD).emit(Opcode.POP).emit(Opcode.RETURN_NULL);
        assertEquals(Optional.empty(), compile(b.build()));
    }

    @Test
    void declinesFunctionsTooLargeForHotSpotToCompile() {
        ProgramBuilder b = new ProgramBuilder();
        var big = b.function("big");
        CodeAssembler c = big.code();
        for (int i = 0; i < 700; i++) { // 2,100 bytes of bytecode
            c.emit(Opcode.LOAD_INT, i).emit(Opcode.POP);
        }
        c.emit(Opcode.RETURN_NULL);
        assertEquals(Optional.empty(), compile(b.build()));
    }

    @Test
    void declinesAnotherCallingConvention() {
        assertEquals(Optional.empty(), compiler.compile(new CompilationRequest(WarmUp.program(), 0,
                MethodType.methodType(Object.class), HOT)));
        assertEquals(Optional.empty(), compiler.compile(new CompilationRequest(WarmUp.program(), 7,
                BaselineCompiler.CONVENTION, HOT)));
    }

    @Test
    void everyInstructionOfASmallFunctionHasATemplateOrGoesToTheEngine() {
        // one of each kind of instruction the translator treats specially, in code the verifier accepts
        ProgramBuilder b = new ProgramBuilder();
        int text = b.text("x");
        var f = b.function("mix");
        f.parameter("a", ProgramImage.NO_ID, 0);
        CodeAssembler c = f.code();
        CodeAssembler.Label other = c.newLabel();
        c.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 3).emit(Opcode.MUL).emit(Opcode.LOAD_CONST, text)
                .emit(Opcode.CONCAT, 2).emit(Opcode.DISPLAY);
        c.emit(Opcode.LOAD_LOCAL, 0).emitJump(Opcode.JUMP_IF_NULL, other);
        c.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 0).emit(Opcode.NEW_LIST, 2).emit(Opcode.LOAD_INT, 1)
                .emit(Opcode.GET_INDEX).emit(Opcode.RETURN);
        c.bind(other).emit(Opcode.LOAD_NULL).emit(Opcode.THROW);
        assertTrue(compile(b.build()).isPresent());
    }

    private Optional<CompiledCode> compile(ProgramImage image) {
        return compiler.compile(new CompilationRequest(image, 0, BaselineCompiler.CONVENTION, HOT));
    }
}
