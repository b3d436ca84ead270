package org.runavm.bytecode.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.runavm.bytecode.internal.verify.VerifierFixtures.assertClean;
import static org.runavm.bytecode.internal.verify.VerifierFixtures.assertProblem;
import static org.runavm.bytecode.internal.verify.VerifierFixtures.verify;
import static org.runavm.bytecode.internal.verify.VerifierFixtures.verifyRaw;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.runavm.bytecode.internal.SamplePrograms;
import org.runavm.kernel.bytecode.CodeAssembler;
import org.runavm.kernel.bytecode.Constant;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.bytecode.Header;
import org.runavm.kernel.bytecode.Opcode;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.bytecode.TypeInfo;
import org.runavm.kernel.loader.VerificationProblem;

/** One test per guarantee of spec/bytecode.md that is checked on the image (framing: LoaderFramingTest). */
class VerifierTest {

    @Test
    void validProgramHasNoProblems() {
        assertClean(new Verifier().verify(SamplePrograms.sample()));
    }

    @Test
    void rejectsOtherFormatVersionsAndNewerVms() {
        ProgramImage s = SamplePrograms.sample();
        Header h = s.header();
        ProgramImage v13 = withHeader(s, new Header(1, 3, 0, 1, 0, h.flags(), new byte[16], List.of()));
        assertProblem(new Verifier().verify(v13), "header", -1, "format version 1.3 is not supported");
        ProgramImage vm = withHeader(s, new Header(1, 2, 9, 0, 0, h.flags(), new byte[16], List.of()));
        assertProblem(new Verifier().verify(vm), "header", -1, "needs VM version 9.0");
        ProgramImage flags = withHeader(s, h.withFlags(h.flags() | 0x100));
        assertProblem(new Verifier().verify(flags), "header", -1, "unknown header flags 0x100");
    }

    private static ProgramImage withHeader(ProgramImage s, Header h) {
        return new ProgramImage(h, s.constants(), s.types(), s.functions(), s.code(), s.metadata(), s.debugInfo());
    }

    @Test
    void constantIndexInRange() {
        var p = verify(f -> f.code().emit(Opcode.LOAD_CONST, 5).emit(Opcode.RETURN));
        assertProblem(p, "code", 0, "LOAD_CONST uses constant #5 but the pool has 0");
    }

    @Test
    void globalAndFieldNamesAreTextConstantsInRange() {
        var p = verify(b -> b.integer(42), f -> f.code().emit(Opcode.LOAD_INT, 1).emit(Opcode.STORE_GLOBAL, 0)
                .emit(Opcode.LOAD_NULL).emit(Opcode.GET_FIELD, 9).emit(Opcode.RETURN));
        assertProblem(p, "code", 3, "STORE_GLOBAL names constant #0, which is not Text");
        assertProblem(p, "code", 7, "GET_FIELD uses constant #9 but the pool has 1");
    }

    @Test
    void typeIndexInRangeAndNewNeedsAClass() {
        var p = verify(b -> b.type("Integer", new TypeInfo.Primitive()),
                f -> f.code().emit(Opcode.NEW, 7, 0).emit(Opcode.NEW, 0, 0).emit(Opcode.POP).emit(Opcode.RETURN));
        assertProblem(p, "code", 0, "NEW uses type 7 but there are 1");
        assertProblem(p, "code", 4, "type 0 Integer is not a class");
    }

    @Test
    void functionIndexAndArityInRange() {
        var p = verify(b -> b.function("g").parameter("x", -1, 0),
                f -> f.code().emit(Opcode.CALL_KNOWN, 9, 0).emit(Opcode.CALL_KNOWN, 1, 0).emit(Opcode.RETURN));
        assertProblem(p, "code", 0, "CALL_KNOWN uses function 9 but there are 2");
        assertProblem(p, "code", 4, "calls g #1 with 0 arguments; it takes 1..1");
    }

    @Test
    void localIndexInRange() {
        var p = verify(f -> f.code().emit(Opcode.LOAD_LOCAL, 3).emit(Opcode.RETURN));
        assertProblem(p, "code", 0, "LOAD_LOCAL uses local 3 but the frame has 0 slots");
    }

    @Test
    void upvalueIndexInRangeAndClosureCapturesExist() {
        var p = verify(b -> b.function("inner").upvalue(true, 4, "x"),
                f -> f.code().emit(Opcode.LOAD_UPVALUE, 0).emit(Opcode.CLOSURE, 1).emit(Opcode.RETURN));
        assertProblem(p, "code", 0, "LOAD_UPVALUE uses upvalue 0 but the function has 0");
        assertProblem(p, "code", 2, "captures local 4, which this function does not have");
    }

    @Test
    void lambdaAndKnownCallsNeedClosureFreeFunctions() {
        var p = verify(b -> b.function("inner").upvalue(true, 0, "x"),
                f -> f.code().emit(Opcode.LAMBDA, 1).emit(Opcode.RETURN));
        assertProblem(p, "code", 0, "captures variables, so it needs CLOSURE");
    }

    @Test
    void jumpTargetOnInstructionBoundary() {
        // 0: JUMP +6 (into the operand of LOAD_CONST at 5), 5: LOAD_INT 0, 8: RETURN
        byte[] code = {0x15, 0, 0, 0, 6, 0x68, 0, 0, 0x14};
        assertProblem(verifyRaw(code, 1, 0, List.of()), "code", 0, "targets offset 6, inside an instruction");
    }

    @Test
    void jumpTargetInsideFunction() {
        byte[] code = {0x15, 0, 0, 0, 40};
        assertProblem(verifyRaw(code, 0, 0, List.of()), "code", 0, "targets offset 40, outside the function");
        byte[] back = {0x15, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xF0};
        assertProblem(verifyRaw(back, 0, 0, List.of()), "code", 0, "targets offset -16, outside the function");
    }

    @Test
    void consistentStackDepthOnEveryPath() {
        var p = verify(f -> {
            CodeAssembler c = f.code();
            CodeAssembler.Label join = c.newLabel();
            c.emit(Opcode.LOAD_TRUE).emitJump(Opcode.JUMP_IF_FALSE, join).emit(Opcode.LOAD_INT, 1);
            c.bind(join).emit(Opcode.RETURN_NULL);
        });
        assertProblem(p, "code", 9, "stack depth");
    }

    @Test
    void noStackUnderflow() {
        var p = verify(f -> f.code().emit(Opcode.LOAD_INT, 1).emit(Opcode.ADD).emit(Opcode.RETURN));
        assertProblem(p, "code", 3, "ADD needs 2 stack values but has 1");
    }

    @Test
    void depthWithinDeclaredMaxStack() {
        var p = verify(f -> f.maxStack(1).code().emit(Opcode.LOAD_INT, 1).emit(Opcode.LOAD_INT, 2)
                .emit(Opcode.ADD).emit(Opcode.RETURN));
        assertProblem(p, "code", 3, "takes the stack to 2 values, over the declared max stack 1");
    }

    @Test
    void variableArityStackEffects() {
        var p = verify(b -> b.text("m"), f -> f.code().emit(Opcode.LOAD_NULL).emit(Opcode.LOAD_INT, 1)
                .emit(Opcode.CALL_METHOD, 0, 2).emit(Opcode.RETURN));
        assertProblem(p, "code", 4, "CALL_METHOD needs 3 stack values but has 2");
    }

    @Test
    void exceptionTableRangesValid() {
        byte[] code = {0x68, 0, 1, 0x14, 0x14};
        var entries = List.of(new FunctionInfo.ExceptionEntry(3, 3, 4, -1, false),
                new FunctionInfo.ExceptionEntry(0, 9, 4, -1, false),
                new FunctionInfo.ExceptionEntry(1, 3, 4, -1, false),
                new FunctionInfo.ExceptionEntry(0, 3, 7, -1, false));
        var p = verifyRaw(code, 1, 0, entries);
        assertProblem(p, "functions", -1, "[3, 3) -> 4 has an empty or out-of-range protected range");
        assertProblem(p, "functions", -1, "[0, 9) -> 4 has an empty or out-of-range protected range");
        assertProblem(p, "code", 1, "exception range start is inside an instruction");
        assertProblem(p, "functions", -1, "[0, 3) -> 7 has its handler outside the function");
    }

    @Test
    void handlerStartsWithTheErrorOnTheStack() {
        var p = verify(f -> {
            CodeAssembler c = f.code();
            CodeAssembler.Label start = c.here();
            c.emit(Opcode.RETURN_NULL);
            CodeAssembler.Label end = c.here();
            c.emit(Opcode.UNWIND);
            f.handler(start, end, end, -1, true);
        });
        assertClean(p);
    }

    @Test
    void noFallThroughOffTheEnd() {
        var p = verify(f -> f.code().emit(Opcode.LOAD_INT, 1).emit(Opcode.POP));
        assertProblem(p, "code", 3, "control falls off the end of the function after POP");
    }

    @Test
    void unknownOpcodeAndTruncatedInstruction() {
        assertProblem(verifyRaw(new byte[] {0x01, 0x3A}, 0, 0, List.of()), "code", 1, "unknown opcode 0x3A");
        assertProblem(verifyRaw(new byte[] {0x05, 0x00}, 0, 0, List.of()), "code", 0, "cut off by the end");
    }

    @Test
    void codeRangeInsideCodeSection() {
        FunctionInfo f = new FunctionInfo(0, "f", -1, List.of(), List.of(), 0, 2, 10, List.of(), 0, List.of());
        var p = new Verifier().verify(VerifierFixtures.image(List.of(f), new byte[] {0x7D}));
        assertProblem(p, "functions", -1, "outside the 1-byte code section");
    }

    @Test
    void constantReferencesOnlyEarlierEntriesAndExistingTargets() {
        var p = verify(b -> {
            b.constant(new Constant.ListOf(List.of(3)));
            b.constant(new Constant.TypeRef(5));
            b.constant(new Constant.ExternalRef("printf", 0));
        }, f -> f.code().emit(Opcode.RETURN_NULL));
        assertProblem(p, "constants", -1, "constant #0 has element #3, which is not an earlier constant");
        assertProblem(p, "constants", -1, "constant #1 refers to type 5 of 0");
        assertProblem(p, "constants", -1, "constant #2 refers to native library 0 of 0");
    }

    @Test
    void typeReferencesAndInheritance() {
        var p = verify(b -> {
            b.type("A", new TypeInfo.Struct(List.of(), List.of(), 1));
            b.type("B", new TypeInfo.Struct(List.of(new TypeInfo.Field("x", 9, 0, 0)), List.of(7), 0));
        }, f -> f.code().emit(Opcode.RETURN_NULL));
        assertProblem(p, "types", -1, "type #0 A is its own ancestor");
        assertProblem(p, "types", -1, "type #1 B has type of field x 9 but there are 2 types");
        assertProblem(p, "types", -1, "type #1 B has method 7 but there are 1 functions");
    }

    @Test
    void generatorAndFfiRules() {
        var p = verify(b -> b.constant(new Constant.ExternalRef("puts", b.nativeLibrary("libc"))),
                f -> f.code().emit(Opcode.LOAD_NULL).emit(Opcode.YIELD).emit(Opcode.INVOKE_FFI, 0, 1)
                        .emit(Opcode.RETURN));
        assertProblem(p, "code", 1, "YIELD outside a GENERATOR function");
        assertProblem(p, "code", 2, "INVOKE_FFI in a program whose header lacks REQUIRES_FFI");
    }

    @Test
    void namedArgumentsNeedTextNamesForPassedArguments() {
        var p = verify(b -> b.names(List.of("a", "b")),
                f -> f.code().emit(Opcode.LOAD_NULL).emit(Opcode.LOAD_INT, 1).emit(Opcode.CALL_NAMED, 2, 1)
                        .emit(Opcode.RETURN));
        assertProblem(p, "code", 4, "names 2 arguments but passes only 1");
    }

    @Test
    void reportsEveryProblemWithSectionFunctionAndOffset() {
        var p = verify(f -> f.code().emit(Opcode.LOAD_CONST, 1).emit(Opcode.LOAD_LOCAL, 2).emit(Opcode.POP)
                .emit(Opcode.POP));
        List<String> shown = p.stream().map(VerificationProblem::toString).toList();
        assertEquals(List.of(
                "code, function f #0, offset 7: control falls off the end of the function after POP",
                "code, function f #0, offset 0: LOAD_CONST uses constant #1 but the pool has 0",
                "code, function f #0, offset 3: LOAD_LOCAL uses local 2 but the frame has 0 slots"), shown);
    }

    @Test
    void entryFunctionExistsAndTakesNothing() {
        var empty = new Verifier().verify(VerifierFixtures.image(List.of(), new byte[0]));
        assertProblem(empty, "functions", -1, "the program has no functions");
        var p = verify(f -> {
            f.parameter("x", -1, 0);
            f.code().emit(Opcode.RETURN_NULL);
        });
        assertProblem(p, "functions", -1, "is the entry function, so it can take no parameters");
    }

    @Test
    void wrongIdsAndOverlappingCodeAreReportedNotTrusted() {
        byte[] code = {0x7D, 0x7D};
        FunctionInfo a = new FunctionInfo(-1, "a", -1, List.of(), List.of(), 0, 0, 2, List.of(), 0, List.of());
        FunctionInfo b = new FunctionInfo(77, "b", -1, List.of(), List.of(), 0, 1, 1, List.of(), 0, List.of());
        var p = new Verifier().verify(VerifierFixtures.image(List.of(a, b), code));
        assertProblem(p, "functions", -1, "has id -1 at position 0");
        assertProblem(p, "functions", -1, "has id 77 at position 1");
        assertProblem(p, "functions", -1, "has code at 1 that overlaps the code of a #-1");
    }

    @Test
    void fieldFlagsKnown() {
        var p = verify(b -> b.type("P", new TypeInfo.Struct(List.of(new TypeInfo.Field("x", -1, 0, 0x40)), List.of(), -1)),
                f -> f.code().emit(Opcode.RETURN_NULL));
        assertProblem(p, "types", -1, "field x has unknown flags 64");
    }

    @Test
    void debugLineTableIsSortedAndNamesFiles() {
        ProgramImage s = SamplePrograms.sample();
        var lines = new java.util.ArrayList<>(s.debugInfo().lineTable());
        java.util.Collections.reverse(lines);
        lines.add(new org.runavm.kernel.bytecode.DebugInfo.LineEntry(100_000, 7, 1, 1));
        var files = List.of(s.debugInfo().sourceFiles().getFirst(),
                new org.runavm.kernel.bytecode.DebugInfo.SourceFile(5, "other.runa", new byte[16]));
        var debug = new org.runavm.kernel.bytecode.DebugInfo(files, lines, List.of());
        var bad = new ProgramImage(s.header(), s.constants(), s.types(), s.functions(), s.code(), s.metadata(), debug);
        var p = new Verifier().verify(bad);
        assertProblem(p, "debug", -1, "is out of order");
        assertProblem(p, "debug", -1, "line entry at code offset 100000 is outside the code section");
        assertProblem(p, "debug", -1, "names unknown source file 7");
        assertProblem(p, "debug", -1, "source file other.runa has id 5 at position 1");
    }
}
