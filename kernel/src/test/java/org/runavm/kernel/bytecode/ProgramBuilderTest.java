package org.runavm.kernel.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProgramBuilderTest {

    @Test
    void internsConstants() {
        ProgramBuilder b = new ProgramBuilder();
        assertEquals(0, b.text("x"));
        assertEquals(1, b.integer(1));
        assertEquals(0, b.text("x"));
        assertEquals(2, b.decimal(1.0));
        assertEquals(1, b.integer(1));
    }

    @Test
    void laysOutFunctionsInIdOrderWithComputedMaxStackAndLines() {
        ProgramBuilder b = new ProgramBuilder().flags(Header.HAS_DEBUG_INFO);
        int file = b.sourceFile("a.runa");
        ProgramBuilder.FunctionBuilder main = b.function("<main>").sourceFile(file);
        ProgramBuilder.FunctionBuilder g = b.function("g").sourceFile(file);
        g.code().position(5, 3).emit(Opcode.LOAD_INT, 1).emit(Opcode.LOAD_INT, 2).emit(Opcode.LOAD_INT, 3)
                .emit(Opcode.NEW_LIST, 3).emit(Opcode.RETURN);
        main.code().position(1, 1).emit(Opcode.CALL_KNOWN, g.id(), 0).emit(Opcode.POP).emit(Opcode.RETURN_NULL);
        ProgramImage image = b.build();
        assertEquals(0, image.functions().get(0).codeOffset());
        assertEquals(6, image.functions().get(0).codeLength());
        assertEquals(6, image.functions().get(1).codeOffset());
        assertEquals(1, image.functions().get(0).maxStack());
        assertEquals(3, image.functions().get(1).maxStack());
        assertEquals(List.of(new DebugInfo.LineEntry(0, file, 1, 1), new DebugInfo.LineEntry(6, file, 5, 3)),
                image.debugInfo().lineTable());
        assertEquals(5, image.debugInfo().locate(7).line());
        assertEquals("a.runa:5:3", image.sourcePosition(image.functions().get(1), 2).toString());
        assertEquals("a.runa:1:1", image.sourcePosition(image.functions().get(0), 5).toString());
    }

    @Test
    void switchTablesAndScopesResolveLabels() {
        ProgramBuilder b = new ProgramBuilder();
        ProgramBuilder.FunctionBuilder f = b.function("f");
        CodeAssembler c = f.code();
        CodeAssembler.Label a = c.newLabel();
        CodeAssembler.Label other = c.newLabel();
        CodeAssembler.Label start = c.here();
        c.emit(Opcode.LOAD_INT, 3);
        f.emitSwitch(List.of(new Constant.Int(3)), List.of(a), other);
        c.bind(a).emit(Opcode.LOAD_INT, 1).emit(Opcode.RETURN);
        c.bind(other).emit(Opcode.RETURN_NULL);
        CodeAssembler.Label end = c.here();
        f.local("x", -1, 0, start, end);
        ProgramImage image = b.build();
        Constant.MapOf table = (Constant.MapOf) image.constants().get(2);
        assertEquals(new Constant.Int(7), image.constants().get(table.values().getFirst()));
        assertEquals(new FunctionInfo.Local("x", -1, 0, 0, 15), image.functions().getFirst().locals().getFirst());
    }

    @Test
    void unboundLabelsFailAtBuild() {
        ProgramBuilder b = new ProgramBuilder();
        ProgramBuilder.FunctionBuilder f = b.function("f");
        f.code().emitJump(Opcode.JUMP, f.code().newLabel());
        assertThrows(IllegalStateException.class, b::build);
    }
}
