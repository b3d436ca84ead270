package org.runavm.compiler.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.runavm.bytecode.internal.RunabLoader;
import org.runavm.compiler.frontend.FrontEnd;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.bytecode.InstructionReader;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.compile.CompilationException;
import org.runavm.kernel.compile.CompileOptions;
import org.runavm.kernel.compile.SourceFile;
import org.runavm.kernel.loader.VerificationException;

/** Test helpers: compile through the front end and the generator, verify, list instructions. */
final class Compile {

    static final RunabLoader LOADER = new RunabLoader();

    private Compile() {
    }

    /** Compiles and verifies; a verification failure fails the test with the verifier's message. */
    static ProgramImage verified(String source, CompileOptions options) throws CompilationException {
        ProgramImage image = new CodeGenerator().generate(
                new FrontEnd().check(new SourceFile("test.runa", source), options), options);
        try {
            LOADER.verify(image, "test.runa");
        } catch (VerificationException e) {
            throw new AssertionError(e.getMessage() + "\n" + disassembly(image), e);
        }
        return image;
    }

    static ProgramImage verified(String source) throws CompilationException {
        return verified(source, CompileOptions.DEFAULTS);
    }

    /** The instructions of a function as "MNEMONIC op op" lines (jump operands as target offsets). */
    static List<String> instructions(ProgramImage image, int functionId) {
        FunctionInfo f = image.functions().get(functionId);
        List<String> out = new ArrayList<>();
        InstructionReader in = image.instructions(f);
        while (in.next()) {
            StringBuilder line = new StringBuilder(in.opcode().mnemonic());
            int jump = in.opcode().jumpOperand();
            int[] ops = in.operands();
            for (int i = 0; i < ops.length; i++) {
                line.append(' ').append(i == jump ? "@" + (in.offset() + ops[i]) : ops[i]);
            }
            out.add(line.toString());
        }
        return out;
    }

    static List<String> mnemonics(ProgramImage image, int functionId) {
        return instructions(image, functionId).stream().map(s -> s.split(" ")[0]).toList();
    }

    static String disassembly(ProgramImage image) {
        StringBuilder out = new StringBuilder();
        try {
            LOADER.disassemble(image, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static int function(ProgramImage image, String name) {
        return image.functions().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().id();
    }
}
