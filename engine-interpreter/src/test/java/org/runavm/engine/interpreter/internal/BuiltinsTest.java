package org.runavm.engine.interpreter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.bytecode.CodeAssembler;
import org.runavm.kernel.bytecode.Opcode;
import org.runavm.kernel.bytecode.ProgramBuilder;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.bytecode.TypeInfo;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeModule;

class BuiltinsTest {
    private static final int ANY = ProgramImage.NO_ID;

    @Test
    void textFormsOfCollections() {
        ProgramImage image = Programs.main((b, m) -> {
            m.emit(Opcode.LOAD_INT, 1).emit(Opcode.LOAD_CONST, b.text("a")).emit(Opcode.LOAD_CONST, b.decimal(2.5))
                    .emit(Opcode.NEW_LIST, 3).emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_CONST, b.text("a")).emit(Opcode.LOAD_INT, 1).emit(Opcode.NEW_MAP, 1).emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_INT, 1).emit(Opcode.LOAD_INT, 2).emit(Opcode.LOAD_INT, 1).emit(Opcode.NEW_SET, 3)
                    .emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_INT, 1).emit(Opcode.LOAD_CONST, b.text("a")).emit(Opcode.NEW_TUPLE, 2).emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_CONST, b.decimal(1e20)).emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_INT, 1).emit(Opcode.LOAD_INT, 0).emit(Opcode.TO_DECIMAL).emit(Opcode.DIV).emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_NULL).emit(Opcode.DISPLAY).emit(Opcode.LOAD_TRUE).emit(Opcode.DISPLAY);
            m.emit(Opcode.RETURN_NULL);
        });
        assertEquals("[1, \"a\", 2.5]\n{\"a\": 1}\nSet{1, 2}\n(1, \"a\")\n1.0E20\nInfinity\nnull\ntrue\n",
                TestVm.run(image).out());
    }

    @Test
    void textLengthSubstringAndCodePointInBothEncodings() {
        ProgramImage image = Programs.main((b, m) -> {
            m.emit(Opcode.LOAD_CONST, b.text("a\u00e9\ud83d\ude00b")).emit(Opcode.STORE_LOCAL, 0);
            m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.CALL_METHOD, b.text("length"), 0).emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 1).emit(Opcode.LOAD_INT, 3)
                    .emit(Opcode.CALL_METHOD, b.text("substring"), 2).emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 2).emit(Opcode.CALL_METHOD, b.text("substring"), 1)
                    .emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 2).emit(Opcode.CALL_METHOD, b.text("code_point"), 1)
                    .emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_CONST, b.text("latin")).emit(Opcode.LOAD_INT, 1).emit(Opcode.LOAD_INT, 4)
                    .emit(Opcode.CALL_METHOD, b.text("substring"), 2).emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_CONST, b.text("")).emit(Opcode.CALL_METHOD, b.text("is_empty"), 0).emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.CALL_METHOD, b.text("is_empty"), 0).emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 3).emit(Opcode.LOAD_INT, 5)
                    .emit(Opcode.CALL_METHOD, b.text("substring"), 2);
            m.emit(Opcode.RETURN_NULL);
        });
        TestVm.Outcome o = TestVm.run(image);
        assertEquals("4\n\u00e9\ud83d\ude00\n\ud83d\ude00b\n128512\nati\ntrue\nfalse\n", o.out());
        assertEquals("IndexError", o.errorType());
    }

    /**
     * length() and substring() on a long Text, once per character: the results of the last calls.
     * (They read the Text in place; converting the whole Text on every call made this loop take minutes.)
     */
    @Test
    void textLengthAndSubstringOnALongText() {
        ProgramImage image = Programs.main((b, m) -> {
            m.emit(Opcode.LOAD_CONST, b.text("ab")).emit(Opcode.LOAD_CONST, b.integer(200_000))
                    .emit(Opcode.CALL_METHOD, b.text("repeat"), 1).emit(Opcode.STORE_LOCAL, 0);
            m.emit(Opcode.LOAD_INT, 0).emit(Opcode.STORE_LOCAL, 1);
            CodeAssembler.Label loop = m.here();
            CodeAssembler.Label done = m.newLabel();
            m.emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.LOAD_CONST, b.integer(100_000)).emitJump(Opcode.JUMP_IF_GE, done);
            m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.CALL_METHOD, b.text("length"), 0).emit(Opcode.STORE_LOCAL, 3);
            m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.LOAD_INT, 1)
                    .emit(Opcode.ADD).emit(Opcode.CALL_METHOD, b.text("substring"), 2).emit(Opcode.STORE_LOCAL, 2);
            m.emit(Opcode.INC_LOCAL, 1, 1).emitJump(Opcode.JUMP, loop);
            m.bind(done);
            m.emit(Opcode.LOAD_LOCAL, 3).emit(Opcode.DISPLAY).emit(Opcode.LOAD_LOCAL, 2).emit(Opcode.DISPLAY);
            m.emit(Opcode.RETURN_NULL);
        });
        // not under GC stress, which would copy the long Text at every allocation
        assertEquals("400000\nb\n", TestVm.run(image, 64L << 20, 100_000).out());
    }

    @Test
    void structuralEquality() {
        ProgramImage image = Programs.main((b, m) -> {
            m.emit(Opcode.LOAD_INT, 1).emit(Opcode.LOAD_CONST, b.text("x")).emit(Opcode.NEW_LIST, 2)
                    .emit(Opcode.LOAD_CONST, b.decimal(1.0)).emit(Opcode.LOAD_CONST, b.text("x")).emit(Opcode.NEW_LIST, 2)
                    .emit(Opcode.EQ).emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_CONST, b.text("k")).emit(Opcode.LOAD_INT, 1).emit(Opcode.NEW_MAP, 1)
                    .emit(Opcode.LOAD_CONST, b.text("k")).emit(Opcode.LOAD_INT, 2).emit(Opcode.NEW_MAP, 1)
                    .emit(Opcode.NE).emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_CONST, b.text("abc")).emit(Opcode.LOAD_CONST, b.text("abd")).emit(Opcode.LT)
                    .emit(Opcode.DISPLAY);
            m.emit(Opcode.RETURN_NULL);
        });
        assertEquals("true\ntrue\ntrue\n", TestVm.run(image).out());
    }

    @Test
    void textMethods() {
        ProgramImage image = Programs.main((b, m) -> {
            m.emit(Opcode.LOAD_CONST, b.text(" Hello, World ")).emit(Opcode.CALL_METHOD, b.text("trim"), 0)
                    .emit(Opcode.STORE_LOCAL, 0);
            m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.CALL_METHOD, b.text("upper"), 0).emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_CONST, b.text(", ")).emit(Opcode.CALL_METHOD, b.text("split"), 1)
                    .emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 7).emit(Opcode.LOAD_INT, 12)
                    .emit(Opcode.CALL_METHOD, b.text("substring"), 2).emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 4).emit(Opcode.GET_INDEX).emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LENGTH).emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_CONST, b.text("42")).emit(Opcode.CALL_METHOD, b.text("to_integer"), 0)
                    .emit(Opcode.LOAD_INT, 1).emit(Opcode.ADD).emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_CONST, b.decimal(-2.5)).emit(Opcode.CALL_METHOD, b.text("round"), 0).emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_CONST, b.text("4x")).emit(Opcode.CALL_METHOD, b.text("to_integer"), 0);
            m.emit(Opcode.RETURN_NULL);
        });
        TestVm.Outcome o = TestVm.run(image);
        assertEquals("HELLO, WORLD\n[\"Hello\", \"World\"]\nWorld\no\n12\n43\n-3\n", o.out());
        assertEquals("ValueError", o.errorType());
    }

    /** [3, 1, 2].map(x => x * 10), filter(x => x > 10), sorted(), reduce((a, x) => a + x, 0), join. */
    @Test
    void listMethodsWithLambdas() {
        ProgramBuilder b = new ProgramBuilder();
        var main = b.function("<main>");
        main.local("xs", ANY, 0, 0, 1000);
        var times = b.function("<lambda>").flags(org.runavm.kernel.bytecode.FunctionInfo.ANONYMOUS);
        times.parameter("x", ANY, 0);
        times.code().emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 10).emit(Opcode.MUL).emit(Opcode.RETURN);
        var big = b.function("<lambda>").flags(org.runavm.kernel.bytecode.FunctionInfo.ANONYMOUS);
        big.parameter("x", ANY, 0);
        big.code().emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 10).emit(Opcode.GT).emit(Opcode.RETURN);
        var plus = b.function("<lambda>").flags(org.runavm.kernel.bytecode.FunctionInfo.ANONYMOUS);
        plus.parameter("a", ANY, 0);
        plus.parameter("x", ANY, 0);
        plus.code().emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.ADD).emit(Opcode.RETURN);
        CodeAssembler m = main.code();
        m.emit(Opcode.LOAD_INT, 3).emit(Opcode.LOAD_INT, 1).emit(Opcode.LOAD_INT, 2).emit(Opcode.NEW_LIST, 3)
                .emit(Opcode.LAMBDA, times.id()).emit(Opcode.CALL_METHOD, b.text("map"), 1).emit(Opcode.STORE_LOCAL, 0);
        m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.DISPLAY);
        m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LAMBDA, big.id()).emit(Opcode.CALL_METHOD, b.text("filter"), 1)
                .emit(Opcode.CALL_METHOD, b.text("sorted"), 0).emit(Opcode.DISPLAY);
        m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LAMBDA, plus.id()).emit(Opcode.LOAD_INT, 0)
                .emit(Opcode.CALL_METHOD, b.text("reduce"), 2).emit(Opcode.DISPLAY);
        m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.CALL_METHOD, b.text("sort"), 0).emit(Opcode.POP)
                .emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_CONST, b.text("-")).emit(Opcode.CALL_METHOD, b.text("join"), 1)
                .emit(Opcode.DISPLAY);
        m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.CALL_METHOD, b.text("pop"), 0).emit(Opcode.DISPLAY)
                .emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.CALL_METHOD, b.text("sum"), 0).emit(Opcode.DISPLAY);
        m.emit(Opcode.RETURN_NULL);
        assertEquals("[30, 10, 20]\n[20, 30]\n60\n10-20-30\n30\n30\n", TestVm.run(b.build()).out());
    }

    /** For each over a List and a Text; Map iteration yields keys. */
    @Test
    void forEachIteration() {
        ProgramImage image = Programs.main((b, m) -> {
            m.emit(Opcode.LOAD_CONST, b.text("héllo")).emit(Opcode.GET_ITER).emit(Opcode.STORE_LOCAL, 0);
            CodeAssembler.Label loop = m.here();
            CodeAssembler.Label done = m.newLabel();
            m.emitJump(Opcode.FOR_ITER, done, 0).emit(Opcode.DISPLAY).emitJump(Opcode.JUMP, loop);
            m.bind(done);
            m.emit(Opcode.LOAD_CONST, b.text("a")).emit(Opcode.LOAD_INT, 1).emit(Opcode.LOAD_CONST, b.text("b"))
                    .emit(Opcode.LOAD_INT, 2).emit(Opcode.NEW_MAP, 2).emit(Opcode.GET_ITER).emit(Opcode.STORE_LOCAL, 1);
            CodeAssembler.Label loop2 = m.here();
            CodeAssembler.Label done2 = m.newLabel();
            m.emitJump(Opcode.FOR_ITER, done2, 1).emit(Opcode.DISPLAY).emitJump(Opcode.JUMP, loop2);
            m.bind(done2);
            m.emit(Opcode.RETURN_NULL);
        });
        assertEquals("h\né\nl\nl\no\na\nb\n", TestVm.run(image).out());
    }

    @Test
    void aClassNamedLikeABuiltInTypeIsToldApartInTheTypeError() {
        ProgramBuilder b = new ProgramBuilder();
        int list = b.type("List", new TypeInfo.Struct(java.util.List.of(), java.util.List.of(), ProgramImage.NO_ID));
        var main = b.function("<main>");
        main.code().emit(Opcode.NEW_LIST, 0).emit(Opcode.CHECK_TYPE, list, b.text("items")).emit(Opcode.RETURN_NULL);
        TestVm.Outcome o = TestVm.run(b.build());
        assertEquals("TypeError", o.errorType());
        assertEquals("items expects List (the class of that name), got List (the built-in type)", o.errorMessage());
    }

    @Test
    void checkTypeNamesVariableExpectedAndActual() {
        ProgramBuilder b = new ProgramBuilder();
        int integer = b.type("Integer", new TypeInfo.Primitive());
        var main = b.function("<main>");
        main.code().emit(Opcode.LOAD_CONST, b.text("five")).emit(Opcode.CHECK_TYPE, integer, b.text("count"))
                .emit(Opcode.RETURN_NULL);
        TestVm.Outcome o = TestVm.run(b.build());
        assertEquals("TypeError", o.errorType());
        assertEquals("count expects Integer, got Text", o.errorMessage());
    }

    /** Import "greeting": a native module's function and constant, called through the module value. */
    @Test
    void nativeModulesAreBoundAtImport() {
        NativeModule module = new NativeModule() {
            public String name() {
                return "greeting";
            }

            public String version() {
                return "1.0";
            }

            public void define(ModuleDefinition d) {
                d.function("hello", 1, 1, call -> call.returnValue(List.of("hi", call.text(0), Map.of("n", 1L))));
                d.function("fail", 0, 0, call -> call.raise("ValueError", "no"));
                d.constant("answer", 42L);
            }
        };
        ProgramImage image = Programs.main((b, m) -> {
            m.emit(Opcode.IMPORT, b.text("greeting")).emit(Opcode.STORE_LOCAL, 0);
            m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_CONST, b.text("Ann")).emit(Opcode.CALL_METHOD, b.text("hello"), 1)
                    .emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.GET_FIELD, b.text("answer")).emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.CALL_METHOD, b.text("fail"), 0);
            m.emit(Opcode.RETURN_NULL);
        });
        TestVm vm = new TestVm(16L << 20);
        vm.modules.put("greeting", module);
        TestVm.Outcome o = vm.execute(image, 1000, List.of());
        assertEquals("[\"hi\", \"Ann\", {\"n\": 1}]\n42\n", o.out());
        assertEquals("ValueError", o.errorType());
        assertEquals("no", o.errorMessage());
    }

    /** main(args) receives the program arguments and its Integer result is the exit status. */
    @Test
    void mainReceivesArgumentsAndSetsExitStatus() {
        ProgramBuilder b = new ProgramBuilder();
        var top = b.function("<main>");
        top.code().emit(Opcode.LOAD_CONST, b.text("top")).emit(Opcode.DISPLAY).emit(Opcode.RETURN_NULL);
        var main = b.function("main");
        main.parameter("args", ANY, 0);
        main.code().emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.DISPLAY).emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LENGTH)
                .emit(Opcode.RETURN);
        TestVm.Outcome o = new TestVm(16L << 20).execute(b.build(), 1000, List.of("a", "b", "c"));
        assertEquals("top\n[\"a\", \"b\", \"c\"]\n", o.out());
        assertEquals(3, o.result().exitStatus());
    }

    /** Runtime.call("double", [21]) and Runtime.heap_stats()["collector"]. */
    @Test
    void runtimeIntrospection() {
        ProgramBuilder b = new ProgramBuilder();
        var top = b.function("<main>");
        var dbl = b.function("double");
        dbl.parameter("x", ANY, 0);
        dbl.code().emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 2).emit(Opcode.MUL).emit(Opcode.RETURN);
        top.code().emit(Opcode.LOAD_GLOBAL, b.text("Runtime")).emit(Opcode.LOAD_CONST, b.text("double"))
                .emit(Opcode.LOAD_INT, 21).emit(Opcode.NEW_LIST, 1).emit(Opcode.CALL_METHOD, b.text("call"), 2)
                .emit(Opcode.DISPLAY);
        top.code().emit(Opcode.LOAD_GLOBAL, b.text("Runtime")).emit(Opcode.CALL_METHOD, b.text("heap_stats"), 0)
                .emit(Opcode.LOAD_CONST, b.text("collector")).emit(Opcode.GET_INDEX).emit(Opcode.DISPLAY);
        top.code().emit(Opcode.LOAD_GLOBAL, b.text("double")).emit(Opcode.CALL_METHOD, b.text("parameters"), 0)
                .emit(Opcode.DISPLAY).emit(Opcode.RETURN_NULL);
        assertEquals("42\ncompact\n[(\"x\", \"Any\")]\n", TestVm.run(b.build()).out());
    }
}
