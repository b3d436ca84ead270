package org.runavm.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.runavm.compiler.codegen.Compile.function;
import static org.runavm.compiler.codegen.Compile.instructions;
import static org.runavm.compiler.codegen.Compile.mnemonics;
import static org.runavm.compiler.codegen.Compile.verified;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.bytecode.Header;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.bytecode.TypeInfo;
import org.runavm.kernel.compile.CompilationException;

/** Closures, classes, errors, Match, concurrency and foreign functions. */
class LanguageFeaturesCodegenTest {

    @Test
    void capturedVariablesLiveInCellsAndInnerFunctionsUseUpvalues() throws Exception {
        ProgramImage image = verified("""
                Process called make_counter() returns Function
                    Let count = 0
                    Process called next() returns Integer
                        count += 1
                        Return count
                    End Process
                    Return next
                End Process
                """);
        int outer = function(image, "make_counter");
        int inner = function(image, "next");
        List<String> outerCode = instructions(image, outer);
        assertEquals(List.of("LOAD_NULL", "STORE_LOCAL 0", "MAKE_CELL 0", "CLOSURE " + inner, "STORE_LOCAL 1",
                "LOAD_INT 0", "STORE_CELL 0"), outerCode.subList(0, 7));
        assertEquals(List.of(new FunctionInfo.Upvalue(true, 0, "count")), image.functions().get(inner).upvalues());
        assertEquals(List.of("LOAD_UPVALUE", "LOAD_INT", "ADD", "STORE_UPVALUE", "LOAD_UPVALUE", "CHECK_TYPE",
                "RETURN", "LOAD_NULL", "CHECK_TYPE", "RETURN"), mnemonics(image, inner));
    }

    @Test
    void eachLoopIterationGetsAFreshCell() throws Exception {
        ProgramImage image = verified("""
                Let fs = []
                For each x in [1, 2]
                    Let y = x * 2
                    fs.add(() => x + y)
                End For
                """);
        List<String> code = mnemonics(image, 0);
        int forIter = code.indexOf("FOR_ITER");
        // the loop variable is moved into a new cell after each FOR_ITER, y gets one at the top of the body
        assertEquals(List.of("FOR_ITER", "STORE_LOCAL", "MAKE_CELL", "LOAD_NULL", "STORE_LOCAL", "MAKE_CELL"),
                code.subList(forIter, forIter + 6));
        int lambda = function(image, "<lambda>");
        assertEquals(2, image.functions().get(lambda).upvalues().size());
        assertTrue(code.contains("CLOSURE"));
        // a lambda that captures nothing is a plain function value
        assertTrue(mnemonics(verified("Let f = (a) => a + 1"), 0).contains("LAMBDA"));
    }

    @Test
    void innerProcessesTakeSlotsAfterTheParametersAndMayRecurse() throws Exception {
        ProgramImage image = verified("""
                Process called outer(a, b)
                    Process called fact(n)
                        If n <= 1
                            Return 1
                        End If
                        Return n * fact(n - 1)
                    End Process
                    Return fact(a + b)
                End Process
                """);
        List<String> code = instructions(image, function(image, "outer"));
        assertEquals(List.of("LOAD_NULL", "STORE_LOCAL 2", "MAKE_CELL 2", "CLOSURE " + function(image, "fact"),
                "STORE_CELL 2"), code.subList(0, 5));
        assertEquals(List.of(new FunctionInfo.Upvalue(true, 2, "fact")),
                image.functions().get(function(image, "fact")).upvalues());
    }

    @Test
    void nestedClosuresReachOuterCellsThroughUpvalues() throws Exception {
        ProgramImage image = verified("""
                Process called outer()
                    Let n = 1
                    Let f = () => () => n
                    Return f
                End Process
                """);
        List<FunctionInfo> lambdas = image.functions().stream().filter(f -> f.name().equals("<lambda>")).toList();
        assertEquals(List.of(new FunctionInfo.Upvalue(true, 0, "n")), lambdas.get(0).upvalues());
        assertEquals(List.of(new FunctionInfo.Upvalue(false, 0, "n")), lambdas.get(1).upvalues());
    }

    @Test
    void anImportedParentIsAnExternalTypeNamedByItsBinding() throws Exception {
        ProgramImage image = verified("""
                Import Shape from "shapes.runa"
                Import "shapes.runa" as shapes
                Class Square extends Shape
                    Field side as Integer = 1
                End Class
                Class Dot extends shapes.Shape
                End Class
                Class Tile extends Square
                    Field colour as Text = "red"
                End Class
                """);
        Map<String, TypeInfo> types = new java.util.HashMap<>();
        image.types().forEach(t -> types.put(t.name(), t));
        TypeInfo.Struct square = (TypeInfo.Struct) types.get("Square").shape();
        TypeInfo.Struct dot = (TypeInfo.Struct) types.get("Dot").shape();
        TypeInfo.Struct tile = (TypeInfo.Struct) types.get("Tile").shape();
        assertEquals("Shape", image.types().get(square.parentId()).name());
        assertInstanceOf(TypeInfo.External.class, image.types().get(square.parentId()).shape());
        assertEquals("shapes.Shape", image.types().get(dot.parentId()).name());
        assertInstanceOf(TypeInfo.External.class, image.types().get(dot.parentId()).shape());
        // slots count the ancestors of the file only; the engine lays fields out by name
        assertEquals(List.of(1), tile.fields().stream().map(TypeInfo.Field::slot).toList());
    }

    @Test
    void classesBecomeStructsWithSlotsMethodsAndFieldDefaults() throws Exception {
        ProgramImage image = verified("""
                Class Person
                    Field name as Text
                    Field age as Integer = 0
                    Process called initialize(name as Text)
                        Self.name = name
                    End Process
                    Process called label() returns Function
                        Return () => Self.name
                    End Process
                End Class
                Class Employee extends Person
                    Field company as Text = "acme"
                    Process called initialize(name as Text)
                        Super.initialize(name)
                    End Process
                End Class
                Let e = Employee("Ann")
                Display e.age
                """);
        TypeInfo person = image.types().get(0);
        TypeInfo employee = image.types().get(1);
        TypeInfo.Struct p = (TypeInfo.Struct) person.shape();
        TypeInfo.Struct s = (TypeInfo.Struct) employee.shape();
        assertEquals(List.of(0, 1), p.fields().stream().map(TypeInfo.Field::slot).toList());
        assertEquals(List.of(2), s.fields().stream().map(TypeInfo.Field::slot).toList());
        assertEquals(0, s.parentId());
        assertEquals(List.of("<fields>", "initialize", "label"),
                p.methodIds().stream().map(id -> image.functions().get(id).name()).toList());
        FunctionInfo fields = image.functions().get(p.methodIds().get(0));
        assertTrue(fields.has(FunctionInfo.METHOD) && fields.has(FunctionInfo.CONSTRUCTOR));
        FunctionInfo init = image.functions().get(p.methodIds().get(1));
        assertTrue(init.has(FunctionInfo.METHOD) && !init.has(FunctionInfo.CONSTRUCTOR));
        assertEquals("Self", init.parameters().getFirst().name());
        assertTrue(instructions(image, s.methodIds().get(1)).contains("CALL_SUPER 1 " + "4 1")
                || mnemonics(image, s.methodIds().get(1)).contains("CALL_SUPER"));
        List<String> main = mnemonics(image, 0);
        assertTrue(main.containsAll(List.of("NEW", "GET_FIELD_IC")), main.toString());
        int label = p.methodIds().get(2);
        assertEquals("MAKE_CELL", mnemonics(image, label).getFirst(), "Self is captured by the lambda");
    }

    @Test
    void tryCatchFinallyUsesExceptionEntriesAndRunsFinallyOnEveryExit() throws Exception {
        ProgramImage image = verified("""
                Process called risky(n)
                    Try
                        If n > 1
                            Return n
                        End If
                        Display 10 // n
                    Catch e as DivisionByZeroError
                        Display e.message
                    Catch
                        Display "other"
                    Finally
                        Display "cleanup"
                    End Try
                    Return 0
                End Process
                """);
        FunctionInfo f = image.functions().get(function(image, "risky"));
        List<FunctionInfo.ExceptionEntry> table = f.exceptionTable();
        assertTrue(table.stream().anyMatch(e -> !e.isFinally() && e.catchTypeId() != ProgramImage.NO_ID
                && image.types().get(e.catchTypeId()).name().equals("DivisionByZeroError")), table.toString());
        assertTrue(table.stream().anyMatch(e -> !e.isFinally() && e.catchTypeId() == ProgramImage.NO_ID));
        assertTrue(table.stream().anyMatch(FunctionInfo.ExceptionEntry::isFinally));
        String text = Compile.disassembly(image);
        // Finally is inlined on the Return, after the body, after each catch, and once in the handler.
        assertEquals(5, text.split("\"cleanup\"", -1).length - 1, text);
        assertTrue(mnemonics(image, f.id()).contains("UNWIND"));
        // the inline copy made for the Return lies outside every protected range
        int cleanupText = image.constants().indexOf(new org.runavm.kernel.bytecode.Constant.Text("cleanup"));
        org.runavm.kernel.bytecode.InstructionReader in = image.instructions(f);
        int firstCopy = -1;
        while (in.next() && firstCopy < 0) {
            if (in.opcode() == org.runavm.kernel.bytecode.Opcode.LOAD_CONST && in.operand(0) == cleanupText) {
                firstCopy = in.offset();
            }
        }
        int copy = firstCopy;
        assertTrue(copy > 0);
        assertTrue(table.stream().noneMatch(e -> e.start() <= copy && copy < e.end()),
                "inline finally at " + copy + " is protected: " + table);
    }

    @Test
    void retryJumpsBackToTheStartOfTheTryBlock() throws Exception {
        ProgramImage image = verified("""
                Let tries = 0
                Try
                    tries += 1
                    Throw "again"
                Catch e
                    If tries < 3
                        Retry
                    End If
                End Try
                """);
        List<String> code = instructions(image, 0);
        int tryStart = image.functions().getFirst().exceptionTable().getFirst().start();
        assertTrue(code.contains("JUMP @" + tryStart), code + " should jump back to " + tryStart);
    }

    @Test
    void matchTestsLiteralsTypesAndGuards() throws Exception {
        ProgramImage image = verified("""
                Let value = input()
                Match value
                    When 0, 1
                        Display "small"
                    When n as Integer If n > 100
                        Display "big"
                    When _
                        Display "other"
                End Match
                """);
        List<String> code = mnemonics(image, 0);
        assertEquals(2, code.stream().filter("JUMP_IF_EQ"::equals).count(), code.toString());
        assertTrue(code.containsAll(List.of("IS_A", "GT")), code.toString());
    }

    @Test
    void aMatchOfConstantsOnlyIsOneSwitchWhenOptimizing() throws Exception {
        String source = """
                Let value = input()
                Match value
                    When 0, 1
                        Display "small"
                    When "text", null, 1
                        Display "text or null"
                    Otherwise
                        Display "other"
                End Match
                """;
        ProgramImage image = verified(source);
        List<String> code = mnemonics(image, 0);
        assertEquals(1, code.stream().filter("SWITCH"::equals).count(), code.toString());
        assertTrue(!code.contains("JUMP_IF_EQ") && !code.contains("EQ"), code.toString());
        org.runavm.kernel.bytecode.Constant.MapOf table = image.constants().stream()
                .filter(c -> c instanceof org.runavm.kernel.bytecode.Constant.MapOf)
                .map(c -> (org.runavm.kernel.bytecode.Constant.MapOf) c).findFirst().orElseThrow();
        assertEquals(4, table.keys().size(), "the repeated 1 keeps its first clause only");
        List<String> generic = mnemonics(verified(source, new org.runavm.kernel.compile.CompileOptions(0, true, false)), 0);
        assertTrue(!generic.contains("SWITCH") && generic.contains("EQ"), generic.toString());
    }

    @Test
    void generatorsAsyncTaskGroupsAndActors() throws Exception {
        ProgramImage image = verified("""
                Generator Process called count_to(n as Integer)
                    For i from 1 to n
                        Yield i
                    End For
                End Process
                Async Process called later() returns Integer
                    Return 1
                End Process
                Actor called Counter
                    Field count as Integer = 0
                    On Message increment(amount as Integer)
                        Self.count += amount
                    End On
                    On Message current() returns Integer
                        Return Self.count
                    End On
                End Actor
                Let c = Counter.spawn()
                Send increment(5) to c
                Display Ask c for current()
                Display Ask c for current() within 100 ms
                Display await later()
                Task Group called g
                    g.run(() => later())
                End Task Group
                """);
        assertTrue(image.functions().get(function(image, "count_to")).has(FunctionInfo.GENERATOR));
        assertTrue(mnemonics(image, function(image, "count_to")).contains("YIELD"));
        assertTrue(image.functions().get(function(image, "later")).has(FunctionInfo.ASYNC));
        List<String> main = mnemonics(image, 0);
        assertTrue(main.containsAll(List.of("SEND", "ASK", "ASK_WITHIN", "AWAIT", "TASK_GROUP_ENTER",
                "TASK_GROUP_EXIT", "TASK_GROUP_ABORT")), main.toString());
        TypeInfo counter = image.types().stream().filter(t -> t.name().equals("Counter")).findFirst().orElseThrow();
        int parent = ((TypeInfo.Struct) counter.shape()).parentId();
        assertEquals("Actor", image.types().get(parent).name());
        assertTrue(image.functions().getFirst().exceptionTable().stream().anyMatch(FunctionInfo.ExceptionEntry::isFinally));
    }

    @Test
    void externalProcessesCallInvokeFfiAndMarkTheHeader() throws Exception {
        ProgramImage image = verified("""
                External Library "libc"
                External Process called printf(format as Pointer, args as Any) returns Integer from "libc"
                External Process called file_exists(path as Pointer) returns Integer from "libc" as "access"
                Display file_exists("x".to_c_string())
                """);
        assertTrue(image.header().has(Header.REQUIRES_FFI));
        assertEquals(List.of("libc"), image.header().nativeLibraries());
        FunctionInfo printf = image.functions().get(function(image, "printf"));
        assertTrue(printf.has(FunctionInfo.EXTERNAL) && printf.has(FunctionInfo.VARARGS));
        assertTrue(printf.parameters().get(1).has(FunctionInfo.Parameter.REST));
        assertEquals(List.of("LOAD_LOCAL", "INVOKE_FFI", "RETURN"), mnemonics(image, function(image, "file_exists")));
        assertTrue(image.constants().stream().anyMatch(c -> c.toString().contains("access")));
    }

    @Test
    void typeAnnotationsAreCheckedOnLetAssignmentParametersAndFields() throws Exception {
        ProgramImage image = verified("""
                Let x as Integer = 1
                x = 2
                Let names as List of Text = []
                Let some = names.length()
                Let y as Integer = some
                y = some
                """);
        List<String> code = instructions(image, 0);
        // names, and y twice: an Integer literal stored where Integer is declared needs no check
        assertEquals(3, code.stream().filter(s -> s.startsWith("CHECK_TYPE")).count(), code.toString());
        assertTrue(image.types().stream().anyMatch(t -> t.shape() instanceof TypeInfo.ListOf));
    }

    @Test
    void importsBindModulesAndNames() throws Exception {
        ProgramImage image = verified("Import \"math\"\nImport sqrt, pi from \"math\"\nDisplay sqrt(pi)", 
                new org.runavm.kernel.compile.CompileOptions(0, true, false));
        assertEquals(List.of("IMPORT", "STORE_GLOBAL", "IMPORT", "DUP", "GET_FIELD", "STORE_GLOBAL", "GET_FIELD",
                "STORE_GLOBAL"), mnemonics(image, 0).subList(0, 8));
    }

    @Test
    void aDefaultThatUsesAnEnclosingLocalIsReported() {
        CompilationException e = assertThrows(CompilationException.class, () -> verified("""
                Process called outer()
                    Let k = 1
                    Process called inner(x = k)
                        Return x
                    End Process
                    Return inner()
                End Process
                """));
        assertTrue(e.getMessage().contains("test.runa:3:") && e.getMessage().contains("default"), e.getMessage());
    }
}
