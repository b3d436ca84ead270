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

class ClassesAndClosuresTest {
    private static final int ANY = ProgramImage.NO_ID;

    /**
     * Class Person: Field name; Field age = 0; initialize(name) sets name; greet() returns
     * name + " is " + age; Employee extends Person with initialize(name, company) calling Super.
     */
    @Test
    void constructionFieldDefaultsMethodsSuperAndDisplay() {
        ProgramBuilder b = new ProgramBuilder();
        var main = b.function("<main>");
        int person = b.type("Person", new TypeInfo.Primitive());
        int employee = b.type("Employee", new TypeInfo.Primitive());

        var defaults = b.function("<fields>").flags(FunctionInfo.METHOD | FunctionInfo.CONSTRUCTOR);
        defaults.parameter("Self", ANY, 0);
        defaults.code().emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 0).emit(Opcode.SET_FIELD, b.text("age"))
                .emit(Opcode.RETURN_NULL);
        var init = b.function("initialize").flags(FunctionInfo.METHOD);
        init.parameter("Self", ANY, 0);
        init.parameter("name", ANY, 0);
        init.code().emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.SET_FIELD, b.text("name"))
                .emit(Opcode.RETURN_NULL);
        var greet = b.function("greet").flags(FunctionInfo.METHOD);
        greet.parameter("Self", ANY, 0);
        greet.code().emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.GET_FIELD_IC, b.text("name"), 0)
                .emit(Opcode.LOAD_CONST, b.text(" is ")).emit(Opcode.LOAD_LOCAL, 0)
                .emit(Opcode.GET_FIELD_IC, b.text("age"), 1).emit(Opcode.CONCAT, 3).emit(Opcode.RETURN);
        b.defineType(person, new TypeInfo.Struct(List.of(new TypeInfo.Field("name", ANY, 0, 0),
                new TypeInfo.Field("age", ANY, 1, TypeInfo.Field.HAS_DEFAULT)),
                List.of(defaults.id(), init.id(), greet.id()), ANY));

        var einit = b.function("initialize").flags(FunctionInfo.METHOD);
        einit.parameter("Self", ANY, 0);
        einit.parameter("name", ANY, 0);
        einit.parameter("company", ANY, 0);
        einit.code().emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_LOCAL, 1)
                .emit(Opcode.CALL_SUPER, employee, b.text("initialize"), 1).emit(Opcode.POP)
                .emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_LOCAL, 2).emit(Opcode.SET_FIELD, b.text("company"))
                .emit(Opcode.RETURN_NULL);
        b.defineType(employee, new TypeInfo.Struct(List.of(new TypeInfo.Field("company", ANY, 2, 0)),
                List.of(einit.id()), person));

        CodeAssembler m = main.code();
        m.emit(Opcode.LOAD_CONST, b.text("Ann")).emit(Opcode.NEW, person, 1).emit(Opcode.DUP).emit(Opcode.DISPLAY)
                .emit(Opcode.CALL_METHOD_IC, b.text("greet"), 0, 0).emit(Opcode.DISPLAY);
        m.emit(Opcode.LOAD_CONST, b.text("Bo")).emit(Opcode.LOAD_CONST, b.text("Acme")).emit(Opcode.NEW, employee, 2)
                .emit(Opcode.DUP).emit(Opcode.DISPLAY).emit(Opcode.CALL_METHOD_IC, b.text("greet"), 0, 0)
                .emit(Opcode.DISPLAY);
        m.emit(Opcode.LOAD_CONST, b.text("Cy")).emit(Opcode.LOAD_CONST, b.text("X")).emit(Opcode.NEW, employee, 2)
                .emit(Opcode.IS_A, person).emit(Opcode.DISPLAY);
        m.emit(Opcode.LOAD_CONST, b.text("Di")).emit(Opcode.NEW, person, 1).emit(Opcode.TYPE_OF).emit(Opcode.DISPLAY);
        m.emit(Opcode.RETURN_NULL);
        TestVm.Outcome o = TestVm.run(b.build());
        assertEquals("Person(name: \"Ann\", age: 0)\nAnn is 0\nEmployee(name: \"Bo\", age: 0, company: \"Acme\")\n"
                + "Bo is 0\ntrue\nPerson\n", o.out());
    }

    /** make_counter(): Let count = 0 (a cell); returns next() which increments it by reference. */
    @Test
    void closuresCaptureByReference() {
        ProgramBuilder b = new ProgramBuilder();
        var main = b.function("<main>");
        var make = b.function("make_counter");
        var next = b.function("next");
        next.upvalue(true, 0, "count");
        next.code().emit(Opcode.LOAD_UPVALUE, 0).emit(Opcode.LOAD_INT, 1).emit(Opcode.ADD)
                .emit(Opcode.STORE_UPVALUE, 0).emit(Opcode.LOAD_UPVALUE, 0).emit(Opcode.RETURN);
        make.local("count", ANY, 0, 0, 100);
        make.code().emit(Opcode.LOAD_INT, 0).emit(Opcode.STORE_LOCAL, 0).emit(Opcode.MAKE_CELL, 0)
                .emit(Opcode.CLOSURE, next.id()).emit(Opcode.RETURN);
        main.local("c", ANY, 0, 0, 100);
        main.local("d", ANY, 1, 0, 100);
        CodeAssembler m = main.code();
        m.emit(Opcode.CALL_KNOWN, make.id(), 0).emit(Opcode.STORE_LOCAL, 0);
        m.emit(Opcode.CALL_KNOWN, make.id(), 0).emit(Opcode.STORE_LOCAL, 1);
        m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.CALL, 0).emit(Opcode.POP);
        m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.CALL, 0).emit(Opcode.DISPLAY);
        m.emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.CALL, 0).emit(Opcode.DISPLAY);
        m.emit(Opcode.RETURN_NULL);
        TestVm.Outcome o = TestVm.run(b.build());
        assertEquals("2\n1\n", o.out());
    }

    /** add(a, b = 10): named arguments in any order, and the default computed only when b is missing. */
    @Test
    void namedArgumentsAndDefaults() {
        ProgramBuilder b = new ProgramBuilder();
        var main = b.function("<main>");
        var add = b.function("add");
        add.parameter("a", ANY, 0);
        add.parameter("b", ANY, FunctionInfo.Parameter.HAS_DEFAULT);
        CodeAssembler f = add.code();
        CodeAssembler.Label set = f.newLabel();
        f.emitJump(Opcode.JUMP_IF_ARG_SET, set, 1).emit(Opcode.LOAD_INT, 10).emit(Opcode.STORE_LOCAL, 1);
        f.bind(set);
        f.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.SUB).emit(Opcode.RETURN);
        CodeAssembler m = main.code();
        m.emit(Opcode.LOAD_INT, 1).emit(Opcode.CALL_KNOWN, add.id(), 1).emit(Opcode.DISPLAY);
        m.emit(Opcode.LOAD_GLOBAL, b.text("add")).emit(Opcode.LOAD_INT, 2).emit(Opcode.LOAD_INT, 5)
                .emit(Opcode.CALL_NAMED, b.names(List.of("b", "a")), 2).emit(Opcode.DISPLAY);
        m.emit(Opcode.LOAD_GLOBAL, b.text("add")).emit(Opcode.LOAD_INT, 2)
                .emit(Opcode.CALL_NAMED, b.names(List.of("b")), 1).emit(Opcode.DISPLAY);
        m.emit(Opcode.RETURN_NULL);
        TestVm.Outcome o = TestVm.run(b.build());
        assertEquals("-9\n3\n", o.out());
        assertEquals("TypeError", o.errorType());
        assertEquals("add is missing the argument a", o.errorMessage());
    }
}
