package org.runavm.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.runavm.compiler.codegen.Compile.function;
import static org.runavm.compiler.codegen.Compile.instructions;
import static org.runavm.compiler.codegen.Compile.mnemonics;
import static org.runavm.compiler.codegen.Compile.verified;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.bytecode.Header;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.compile.CompileOptions;

/** Golden instruction lists for the basic forms: literals, names, operators, control flow, calls. */
class CodeGeneratorTest {

    private static final CompileOptions O0 = new CompileOptions(0, true, false);

    @Test
    void smallIntegersUseLoadIntWhenOptimizingAndConstantsOtherwise() throws Exception {
        assertEquals(List.of("LOAD_INT 5", "DISPLAY", "RETURN_NULL"), instructions(verified("Display 5"), 0));
        assertEquals(List.of("LOAD_CONST", "DISPLAY", "LOAD_NULL", "RETURN"), mnemonics(verified("Display 5", O0), 0));
        assertEquals(List.of("LOAD_CONST", "DISPLAY", "RETURN_NULL"), mnemonics(verified("Display 100000"), 0));
    }

    @Test
    void literalsOfEveryKind() throws Exception {
        ProgramImage image = verified("Display [1, 2.5, \"a\", true, null]\nDisplay {\"k\": false}\nDisplay (1, 2)\n"
                + "Display {1, 2}");
        assertEquals(List.of("LOAD_INT 1", "LOAD_CONST 0", "LOAD_CONST 1", "LOAD_TRUE", "LOAD_NULL", "NEW_LIST 5",
                "DISPLAY", "LOAD_CONST 2", "LOAD_FALSE", "NEW_MAP 1", "DISPLAY", "LOAD_INT 1", "LOAD_INT 2",
                "NEW_TUPLE 2", "DISPLAY", "LOAD_INT 1", "LOAD_INT 2", "NEW_SET 2", "DISPLAY", "RETURN_NULL"),
                instructions(image, 0));
    }

    @Test
    void topLevelVariablesAreEntryLocalsUnlessAProcessUsesThem() throws Exception {
        ProgramImage image = verified("""
                Let only_here = 1
                Let shared = 2
                Process called show()
                    Display shared
                End Process
                Display only_here
                show()
                """);
        List<String> main = instructions(image, 0);
        assertTrue(main.contains("STORE_LOCAL 0"), main.toString());
        assertTrue(main.stream().anyMatch(s -> s.startsWith("STORE_GLOBAL")), main.toString());
        assertTrue(mnemonics(image, function(image, "show")).contains("LOAD_GLOBAL_IC"));
        assertTrue(main.contains("CALL_KNOWN " + function(image, "show") + " 0"), main.toString());
        // At level 0 the call goes through the global.
        ProgramImage generic = verified("Process called show()\nEnd Process\nshow()", O0);
        assertEquals(List.of("LAMBDA", "STORE_GLOBAL", "LOAD_GLOBAL", "CALL", "POP", "LOAD_NULL", "RETURN"),
                mnemonics(generic, 0));
    }

    @Test
    void andOrShortCircuit() throws Exception {
        String source = "Let a = true\nLet b = false\nDisplay a and b\nDisplay a or b";
        assertEquals(List.of("LOAD_TRUE", "STORE_LOCAL 0", "LOAD_FALSE", "STORE_LOCAL 1",
                "LOAD_LOCAL 0", "AND_JUMP @19", "LOAD_LOCAL 1", "DISPLAY",
                "LOAD_LOCAL 0", "OR_JUMP @31", "LOAD_LOCAL 1", "DISPLAY", "RETURN_NULL"),
                instructions(verified(source), 0));
        List<String> generic = mnemonics(verified(source, O0), 0);
        assertEquals(List.of("LOAD_TRUE", "STORE_LOCAL", "LOAD_FALSE", "STORE_LOCAL",
                "LOAD_LOCAL", "DUP", "JUMP_IF_FALSE", "POP", "LOAD_LOCAL", "DISPLAY",
                "LOAD_LOCAL", "DUP", "JUMP_IF_TRUE", "POP", "LOAD_LOCAL", "DISPLAY", "LOAD_NULL", "RETURN"), generic);
    }

    @Test
    void integerOperandsGetSpecialisedFormsOnlyWhenOptimizing() throws Exception {
        String source = """
                Let a as Integer = 1
                Let b as Integer = 2
                Display a + b
                Display a < b
                If a < b
                    Display "less"
                End If
                """;
        List<String> optimized = mnemonics(verified(source), 0);
        assertTrue(optimized.containsAll(List.of("ADD_INT", "LT_INT", "JUMP_IF_GE")), optimized.toString());
        List<String> generic = mnemonics(verified(source, O0), 0);
        assertTrue(generic.containsAll(List.of("ADD", "LT", "JUMP_IF_FALSE")), generic.toString());
        assertFalse(generic.stream().anyMatch(m -> m.endsWith("_INT") || m.startsWith("JUMP_IF_G")), generic.toString());
    }

    @Test
    void unknownOperandsStayGeneric() throws Exception {
        List<String> code = mnemonics(verified("Let a = input()\nDisplay a + 1\nDisplay \"n\" followed by a"), 0);
        assertTrue(code.contains("ADD") && !code.contains("ADD_INT"), code.toString());
        assertTrue(code.contains("CONCAT"), code.toString());
    }

    @Test
    void compoundAssignmentOfALocalBecomesIncLocal() throws Exception {
        assertEquals(List.of("LOAD_INT 0", "STORE_LOCAL 0", "INC_LOCAL 0 1", "INC_LOCAL 0 -2", "LOAD_LOCAL 0",
                "LOAD_INT 3", "MUL", "STORE_LOCAL 0", "RETURN_NULL"),
                instructions(verified("Let n = 0\nn += 1\nn -= 2\nn *= 3"), 0));
        assertEquals(List.of("LOAD_CONST", "STORE_LOCAL", "LOAD_LOCAL", "LOAD_CONST", "ADD", "STORE_LOCAL",
                "LOAD_NULL", "RETURN"), mnemonics(verified("Let n = 0\nn += 1", O0), 0));
    }

    @Test
    void ifOtherwiseIfElse() throws Exception {
        ProgramImage image = verified("""
                Let x = input()
                If x == 1
                    Display "one"
                Otherwise If x == 2
                    Display "two"
                Otherwise
                    Display "many"
                End If
                """, O0);
        assertEquals(List.of("LOAD_GLOBAL", "CALL", "STORE_LOCAL",
                "LOAD_LOCAL", "LOAD_CONST", "EQ", "JUMP_IF_FALSE", "LOAD_CONST", "DISPLAY", "JUMP",
                "LOAD_LOCAL", "LOAD_CONST", "EQ", "JUMP_IF_FALSE", "LOAD_CONST", "DISPLAY", "JUMP",
                "LOAD_CONST", "DISPLAY", "LOAD_NULL", "RETURN"), mnemonics(image, 0));
    }

    @Test
    void whileWithBreakAndContinue() throws Exception {
        List<String> code = instructions(verified("""
                Let n = 10
                While n > 0
                    n -= 1
                    If n == 5
                        Continue
                    End If
                    If n == 2
                        Break
                    End If
                End While
                """), 0);
        assertEquals(List.of("LOAD_INT 10", "STORE_LOCAL 0",
                "LOAD_LOCAL 0", "LOAD_INT 0", "GT", "JUMP_IF_FALSE @59",
                "INC_LOCAL 0 -1",
                "LOAD_LOCAL 0", "LOAD_INT 5", "JUMP_IF_NE @38", "JUMP @6",
                "LOAD_LOCAL 0", "LOAD_INT 2", "JUMP_IF_NE @54", "JUMP @59",
                "JUMP @6", "RETURN_NULL"), code);
    }

    @Test
    void forRangeKeepsCounterLimitAndStepInConsecutiveSlots() throws Exception {
        List<String> code = instructions(verified("For i from 10 to 1 step -2\n    Display i\nEnd For"), 0);
        assertEquals(List.of("LOAD_INT 10", "STORE_LOCAL 0", "LOAD_INT 1", "STORE_LOCAL 1", "LOAD_INT -2",
                "STORE_LOCAL 2", "RANGE_TEST 0 @38", "LOAD_LOCAL 0", "DISPLAY", "INC_LOCAL 0 -2", "JUMP @18",
                "RETURN_NULL"), code);
        List<String> generic = mnemonics(verified("For i from 1 to 3\n    Display i\nEnd For", O0), 0);
        assertTrue(generic.containsAll(List.of("RANGE_TEST", "ADD")) && !generic.contains("INC_LOCAL"), generic.toString());
    }

    @Test
    void forEachUsesAnIteratorSlotAndUnpacksPairs() throws Exception {
        List<String> code = instructions(verified("For each k, v in {\"a\": 1}\n    Display v\nEnd For"), 0);
        assertEquals("GET_ITER", code.get(4));
        assertTrue(code.get(3).startsWith("CALL_METHOD "), code.toString());
        assertEquals(List.of("STORE_LOCAL 0", "FOR_ITER 0 @41", "UNPACK 2", "STORE_LOCAL 1", "STORE_LOCAL 2",
                "LOAD_LOCAL 1", "DISPLAY", "JUMP @17", "RETURN_NULL"), code.subList(5, code.size()));
    }

    @Test
    void integerChecksAreLeftOutOnlyWhereTheValueIsProvablyAnInteger() throws Exception {
        ProgramImage image = verified("""
                Process called fib(n as Integer) returns Integer
                    If n < 2
                        Return n
                    End If
                    Return fib(n - 1) + fib(n - 2)
                End Process
                Process called loose(x) returns Integer
                    Return x
                End Process
                Generator Process called count(n as Integer) returns Integer
                    Yield n
                End Process
                Process called wrapped(n as Integer) returns Integer
                    Return count(n)
                End Process
                Display fib(10) + loose(1)
                """);
        List<String> fib = mnemonics(image, function(image, "fib"));
        // only the parameter's check and the fall-off-the-end return's remain
        assertEquals(2, fib.stream().filter("CHECK_TYPE"::equals).count(), fib.toString());
        assertEquals(List.of("CALL_KNOWN", "ADD_INT", "RETURN", "LOAD_NULL", "CHECK_TYPE", "RETURN"),
                fib.subList(fib.size() - 6, fib.size()));
        assertEquals(List.of("LOAD_LOCAL", "CHECK_TYPE", "RETURN", "LOAD_NULL", "CHECK_TYPE", "RETURN"),
                mnemonics(image, function(image, "loose")));
        List<String> wrapped = mnemonics(image, function(image, "wrapped"));
        assertEquals(List.of("CALL_KNOWN", "CHECK_TYPE", "RETURN"), wrapped.subList(wrapped.size() - 6, wrapped.size() - 3),
                "a generator's call makes a Generator, whatever its annotation: " + wrapped);

        ProgramImage shadowed = verified("""
                Class Integer
                    Field value
                End Class
                Process called five() returns Integer
                    Return 5
                End Process
                Display five()
                """);
        assertEquals(List.of("LOAD_INT", "CHECK_TYPE", "RETURN", "LOAD_NULL", "CHECK_TYPE", "RETURN"),
                mnemonics(shadowed, function(shadowed, "five")), "`Integer` names the file's class here");
    }

    @Test
    void processesWithDefaultsNamedArgumentsAndTypedReturns() throws Exception {
        ProgramImage image = verified("""
                Process called add(a as Integer, b as Integer = 0) returns Integer
                    Return a + b
                End Process
                Display add(1)
                Display add(b: 2, a: 1)
                """);
        int add = function(image, "add");
        FunctionInfo info = image.functions().get(add);
        assertTrue(info.parameters().get(1).has(FunctionInfo.Parameter.HAS_DEFAULT));
        assertEquals(1, info.requiredParameters());
        List<String> body = mnemonics(image, add);
        assertEquals(List.of("LOAD_LOCAL", "CHECK_TYPE", "POP", "JUMP_IF_ARG_SET", "LOAD_INT", "STORE_LOCAL",
                "LOAD_LOCAL", "CHECK_TYPE", "POP", "LOAD_LOCAL", "LOAD_LOCAL", "ADD_INT", "RETURN",
                "LOAD_NULL", "CHECK_TYPE", "RETURN"), body); // a + b of checked Integers needs no return check
        List<String> main = mnemonics(image, 0);
        assertTrue(main.containsAll(List.of("CALL_KNOWN", "CALL_NAMED")), main.toString());
        assertTrue(image.types().get(info.typeId()).name().startsWith("Function("));
    }

    @Test
    void collectionsIndexMembersAndIntrospection() throws Exception {
        ProgramImage image = verified("""
                Let items = [1, 2]
                items[0] = 7
                items[1] += 1
                Display items at index 0
                Display length of items
                Display type of items
                Display items is a List
                Display items contains 7
                Display items.length()
                Let m = Map of Text to Integer()
                Let s = Set of Integer()
                """, O0);
        List<String> code = mnemonics(image, 0);
        for (String op : List.of("SET_INDEX", "DUP2", "GET_INDEX", "LENGTH", "TYPE_OF", "IS_A", "CONTAINS",
                "CALL_METHOD", "NEW_MAP", "NEW_SET")) {
            assertTrue(code.contains(op), op + " missing from " + code);
        }
    }

    @Test
    void outputIsDeterministic() throws Exception {
        String source = "Process called f(x)\n    Return x\nEnd Process\nDisplay f(1)";
        assertArrayEquals(Compile.LOADER.write(verified(source)), Compile.LOADER.write(verified(source)));
    }

    @Test
    void headerFlagsAndMetadataFollowTheOptions() throws Exception {
        ProgramImage debug = verified("Display 1");
        assertTrue(debug.header().has(Header.HAS_DEBUG_INFO) && debug.header().has(Header.OPTIMIZED));
        assertFalse(debug.debugInfo().lineTable().isEmpty());
        assertEquals("test.runa", debug.debugInfo().sourceFiles().getFirst().path());
        ProgramImage bare = verified("Let a = 1\nDisplay a", new CompileOptions(0, false, false));
        assertEquals(0, bare.header().flags());
        assertTrue(bare.debugInfo().lineTable().isEmpty());
        assertEquals(List.of("<frame>"), bare.functions().getFirst().locals().stream().map(FunctionInfo.Local::name).toList());
    }

    @Test
    void linePositionsCoverStatementsAndThrowingInstructions() throws Exception {
        ProgramImage image = verified("Let a = 1\n\nDisplay a // 0");
        List<Integer> lines = image.debugInfo().lineTable().stream().map(l -> l.line()).toList();
        assertTrue(lines.contains(1) && lines.contains(3), lines.toString());
        String disassembly = Compile.disassembly(image);
        assertTrue(disassembly.contains("3:11") && disassembly.contains("FLOOR_DIV"), disassembly);
    }

    @Test
    void tailCallsFromLevelTwoButNotInsideTryOrWithATypedReturn() throws Exception {
        String source = """
                Process called count(n)
                    If n == 0
                        Return 0
                    End If
                    Return count(n - 1)
                End Process
                Process called safe(f)
                    Try
                        Return f()
                    Catch e
                        Return null
                    End Try
                End Process
                Process called typed(n) returns Integer
                    Return count(n)
                End Process
                Process called dynamic(f)
                    Return f(1)
                End Process
                """;
        ProgramImage o2 = verified(source, new CompileOptions(2, true, false));
        int count = function(o2, "count");
        assertTrue(instructions(o2, count).contains("TAIL_CALL_KNOWN " + count + " 1"), instructions(o2, count).toString());
        assertTrue(mnemonics(o2, function(o2, "dynamic")).contains("TAIL_CALL"));
        assertFalse(mnemonics(o2, function(o2, "safe")).stream().anyMatch(m -> m.startsWith("TAIL")));
        assertFalse(mnemonics(o2, function(o2, "typed")).stream().anyMatch(m -> m.startsWith("TAIL")));
        ProgramImage o1 = verified(source);
        assertFalse(mnemonics(o1, function(o1, "count")).stream().anyMatch(m -> m.startsWith("TAIL")));
    }

    @Test
    void anOperandThatDoesNotFitIsACompileErrorNotACrash() {
        String args = String.join(", ", java.util.Collections.nCopies(300, "1"));
        org.runavm.kernel.compile.CompilationException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.runavm.kernel.compile.CompilationException.class, () -> verified("Display input(" + args + ")"));
        assertTrue(e.getMessage().contains("too large for the bytecode format"), e.getMessage());
    }

    @Test
    void localsCarryTheirNamesAndBlockScopes() throws Exception {
        ProgramImage image = verified("""
                Let total = 0
                If total == 0
                    Let inside = 5
                    Display inside
                End If
                Display total
                """);
        FunctionInfo main = image.functions().getFirst();
        FunctionInfo.Local total = main.locals().stream().filter(l -> l.name().equals("total")).findFirst().orElseThrow();
        FunctionInfo.Local inside = main.locals().stream().filter(l -> l.name().equals("inside")).findFirst().orElseThrow();
        assertEquals(0, total.scopeStart());
        assertEquals(main.codeLength(), total.scopeEnd());
        assertTrue(inside.scopeStart() > 0 && inside.scopeEnd() < main.codeLength(), inside.toString());
    }
}
