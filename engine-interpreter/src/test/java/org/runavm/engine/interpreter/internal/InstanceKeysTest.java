package org.runavm.engine.interpreter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.bytecode.CodeAssembler;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.bytecode.Opcode;
import org.runavm.kernel.bytecode.ProgramBuilder;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.bytecode.TypeInfo;

class InstanceKeysTest {
    private static final int ANY = ProgramImage.NO_ID;

    /** Class Point(x) with equals(other) comparing x: == calls it, and equal points share a Map entry. */
    @Test
    void equalsDefinesEqualityAndMapKeys() {
        ProgramBuilder b = new ProgramBuilder();
        var main = b.function("<main>");
        int point = b.type("Point", new TypeInfo.Primitive());
        var init = b.function("initialize").flags(FunctionInfo.METHOD);
        init.parameter("Self", ANY, 0);
        init.parameter("x", ANY, 0);
        init.code().emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.SET_FIELD, b.text("x"))
                .emit(Opcode.RETURN_NULL);
        var equals = b.function("equals").flags(FunctionInfo.METHOD);
        equals.parameter("Self", ANY, 0);
        equals.parameter("other", ANY, 0);
        equals.code().emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.GET_FIELD, b.text("x")).emit(Opcode.LOAD_LOCAL, 1)
                .emit(Opcode.GET_FIELD, b.text("x")).emit(Opcode.EQ).emit(Opcode.RETURN);
        b.defineType(point, new TypeInfo.Struct(List.of(new TypeInfo.Field("x", ANY, 0, 0)),
                List.of(init.id(), equals.id()), ANY));
        main.local("m", ANY, 0, 0, 1000);
        CodeAssembler m = main.code();
        m.emit(Opcode.LOAD_INT, 1).emit(Opcode.NEW, point, 1).emit(Opcode.LOAD_INT, 1).emit(Opcode.NEW, point, 1)
                .emit(Opcode.EQ).emit(Opcode.DISPLAY);
        m.emit(Opcode.NEW_MAP, 0).emit(Opcode.STORE_LOCAL, 0);
        m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 1).emit(Opcode.NEW, point, 1).emit(Opcode.LOAD_CONST, b.text("a"))
                .emit(Opcode.SET_INDEX);
        m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 1).emit(Opcode.NEW, point, 1).emit(Opcode.LOAD_CONST, b.text("b"))
                .emit(Opcode.SET_INDEX);
        m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LENGTH).emit(Opcode.DISPLAY);
        m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 1).emit(Opcode.NEW, point, 1).emit(Opcode.GET_INDEX)
                .emit(Opcode.DISPLAY);
        m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 2).emit(Opcode.NEW, point, 1)
                .emit(Opcode.CALL_METHOD, b.text("contains_key"), 1).emit(Opcode.DISPLAY);
        m.emit(Opcode.RETURN_NULL);
        assertEquals("true\n1\nb\nfalse\n", TestVm.run(b.build()).out());
    }
}
