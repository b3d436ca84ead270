package org.runavm.bytecode.internal;

import java.util.List;

import org.runavm.kernel.bytecode.CodeAssembler;
import org.runavm.kernel.bytecode.CodeAssembler.Label;
import org.runavm.kernel.bytecode.Constant;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.bytecode.Header;
import org.runavm.kernel.bytecode.MetadataEntry;
import org.runavm.kernel.bytecode.Opcode;
import org.runavm.kernel.bytecode.ProgramBuilder;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.bytecode.TypeInfo;

/**
 * Valid programs assembled by hand, as the compiler would emit them, for the tests. The main one
 * corresponds to:
 * <pre>
 * Class Person
 *     Field name as Text
 *     Process called greet() returns Text
 *         Return "Hi " + Self.name
 *     End Process
 * End Class
 * Process called make_counter()
 *     Let count = 0
 *     Process called next()
 *         count += 1
 *         Return count
 *     End Process
 *     Return next
 * End Process
 * Let p = Person("Ann")
 * Display p.greet()
 * Try
 *     Display 1 // 0
 * Catch e as DivisionByZeroError
 *     Display e.message
 * Finally
 *     Display "done"
 * End Try
 * Match 2
 *     When 1
 *         Display "one"
 *     Otherwise
 *         Display "other"
 * End Match
 * </pre>
 */
public final class SamplePrograms {

    private SamplePrograms() {
    }

    /** The program of the class comment, with debug information. */
    public static ProgramImage sample() {
        ProgramBuilder b = new ProgramBuilder().flags(Header.HAS_DEBUG_INFO | Header.JIT_ALLOWED).timestamp(1_700_000_000L);
        int file = b.sourceFile("sample.runa");
        int text = b.type("Text", new TypeInfo.Primitive());
        int error = b.type("DivisionByZeroError", new TypeInfo.External());
        int person = b.type("Person", new TypeInfo.Struct(List.of(), List.of(), -1));
        b.metadata(MetadataEntry.text(MetadataEntry.SOURCE_PATH, "sample.runa"));

        ProgramBuilder.FunctionBuilder main = b.function("<main>").sourceFile(file);
        ProgramBuilder.FunctionBuilder greet = b.function("greet").sourceFile(file).flags(FunctionInfo.METHOD);
        ProgramBuilder.FunctionBuilder counter = b.function("make_counter").sourceFile(file);
        ProgramBuilder.FunctionBuilder next = b.function("next").sourceFile(file);
        b.defineType(person, new TypeInfo.Struct(List.of(new TypeInfo.Field("name", text, 0, 0)),
                List.of(greet.id()), -1));

        greet.parameter("Self", person, 0);
        greet.code().position(4, 9).emit(Opcode.LOAD_CONST, b.text("Hi "))
                .emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.GET_FIELD_IC, b.text("name"), 0)
                .emit(Opcode.ADD).emit(Opcode.CHECK_TYPE, text, b.text("greet")).emit(Opcode.RETURN);

        CodeAssembler c = counter.code();
        c.position(8, 5).emit(Opcode.LOAD_INT, 0).emit(Opcode.STORE_LOCAL, 0).emit(Opcode.MAKE_CELL, 0)
                .position(13, 5).emit(Opcode.CLOSURE, next.id()).emit(Opcode.RETURN);
        counter.local("count", -1, 0, 0, c.offset());

        next.upvalue(true, 0, "count");
        next.code().position(10, 9).emit(Opcode.LOAD_UPVALUE, 0).emit(Opcode.LOAD_INT, 1).emit(Opcode.ADD)
                .emit(Opcode.STORE_UPVALUE, 0).position(11, 9).emit(Opcode.LOAD_UPVALUE, 0).emit(Opcode.RETURN);

        CodeAssembler m = main.code();
        m.position(15, 1).emit(Opcode.LOAD_CONST, b.text("Ann")).emit(Opcode.NEW, person, 1)
                .emit(Opcode.STORE_LOCAL, 0);
        m.position(16, 1).emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.CALL_METHOD_IC, b.text("greet"), 1, 0)
                .emit(Opcode.DISPLAY);
        Label tryStart = m.here();
        m.position(18, 5).emit(Opcode.LOAD_INT, 1).emit(Opcode.LOAD_INT, 0).emit(Opcode.FLOOR_DIV)
                .emit(Opcode.DISPLAY);
        Label tryEnd = m.here();
        Label finallyNormal = m.newLabel();
        m.emitJump(Opcode.JUMP, finallyNormal);
        Label catchHandler = m.here();
        m.position(19, 1).emit(Opcode.STORE_LOCAL, 1).position(20, 5).emit(Opcode.LOAD_LOCAL, 1)
                .emit(Opcode.GET_FIELD, b.text("message")).emit(Opcode.DISPLAY);
        Label catchEnd = m.here();
        m.emitJump(Opcode.JUMP, finallyNormal);
        Label finallyHandler = m.here();
        m.position(22, 5).emit(Opcode.STORE_LOCAL, 2).emit(Opcode.LOAD_CONST, b.text("done"))
                .emit(Opcode.DISPLAY).emit(Opcode.LOAD_LOCAL, 2).emit(Opcode.UNWIND);
        m.bind(finallyNormal);
        m.emit(Opcode.LOAD_CONST, b.text("done")).emit(Opcode.DISPLAY);
        Label one = m.newLabel();
        Label other = m.newLabel();
        Label end = m.newLabel();
        m.position(24, 1).emit(Opcode.LOAD_INT, 2);
        main.emitSwitch(List.of(new Constant.Int(1)), List.of(one), other);
        m.bind(one).position(26, 9).emit(Opcode.LOAD_CONST, b.text("one")).emit(Opcode.DISPLAY)
                .emitJump(Opcode.JUMP, end);
        m.bind(other).position(28, 9).emit(Opcode.LOAD_CONST, b.text("other")).emit(Opcode.DISPLAY);
        m.bind(end).emit(Opcode.RETURN_NULL);
        main.local("p", person, 0, 0, m.offset()).local("e", -1, 1, catchHandler.offset(), catchEnd.offset())
                .local("$error", -1, 2, finallyHandler.offset(), finallyNormal.offset());
        main.handler(tryStart, tryEnd, catchHandler, error, false);
        main.handler(tryStart, catchEnd, finallyHandler, -1, true);
        return b.build();
    }
}
