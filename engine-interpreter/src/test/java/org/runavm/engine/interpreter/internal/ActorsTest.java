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

class ActorsTest {
    private static final int ANY = ProgramImage.NO_ID;

    /**
     * Actor Counter: Field count = 0; On Message increment(amount); On Message current() returns
     * count; On Message fail() throws. Sends are processed in order before a later Ask's reply.
     */
    @Test
    void sendAndAskGoThroughTheMailboxInOrder() {
        ProgramBuilder b = new ProgramBuilder();
        var main = b.function("<main>");
        int counter = b.type("Counter", new TypeInfo.Primitive());
        var fields = b.function("<fields>").flags(FunctionInfo.METHOD | FunctionInfo.CONSTRUCTOR);
        fields.parameter("Self", ANY, 0);
        fields.code().emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 0).emit(Opcode.SET_FIELD, b.text("count"))
                .emit(Opcode.RETURN_NULL);
        var increment = b.function("increment").flags(FunctionInfo.METHOD);
        increment.parameter("Self", ANY, 0);
        increment.parameter("amount", ANY, 0);
        increment.code().emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.GET_FIELD, b.text("count"))
                .emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.ADD).emit(Opcode.SET_FIELD, b.text("count")).emit(Opcode.RETURN_NULL);
        var current = b.function("current").flags(FunctionInfo.METHOD);
        current.parameter("Self", ANY, 0);
        current.code().emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.GET_FIELD, b.text("count")).emit(Opcode.RETURN);
        var fail = b.function("fail").flags(FunctionInfo.METHOD);
        fail.parameter("Self", ANY, 0);
        fail.code().emit(Opcode.LOAD_CONST, b.text("actor failed")).emit(Opcode.THROW);
        b.defineType(counter, new TypeInfo.Struct(List.of(new TypeInfo.Field("count", ANY, 0, TypeInfo.Field.HAS_DEFAULT)),
                List.of(fields.id(), increment.id(), current.id(), fail.id()), ANY));
        main.local("c", ANY, 0, 0, 1000);
        main.local("i", ANY, 1, 0, 1000);
        CodeAssembler m = main.code();
        m.emit(Opcode.LOAD_GLOBAL, b.text("Counter")).emit(Opcode.CALL_METHOD, b.text("spawn"), 0).emit(Opcode.STORE_LOCAL, 0);
        m.emit(Opcode.LOAD_INT, 0).emit(Opcode.STORE_LOCAL, 1);
        CodeAssembler.Label loop = m.here();
        CodeAssembler.Label done = m.newLabel();
        m.emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.LOAD_INT, 100).emitJump(Opcode.JUMP_IF_GE, done);
        m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 5).emit(Opcode.SEND, b.text("increment"), 1)
                .emit(Opcode.INC_LOCAL, 1, 1).emitJump(Opcode.JUMP, loop);
        m.bind(done);
        m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.ASK, b.text("current"), 0).emit(Opcode.DISPLAY);
        m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_CONST, b.integer(60_000)).emit(Opcode.ASK_WITHIN, b.text("current"), 0)
                .emit(Opcode.DISPLAY);
        m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.ASK, b.text("fail"), 0);
        m.emit(Opcode.RETURN_NULL);
        TestVm.Outcome o = TestVm.run(b.build());
        assertEquals("500\n500\n", o.out());
        assertEquals("Error", o.errorType());
        assertEquals("actor failed", o.errorMessage());
    }
}
