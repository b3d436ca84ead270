package org.runavm.bytecode.internal.verify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;

import org.runavm.kernel.bytecode.DebugInfo;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.bytecode.Header;
import org.runavm.kernel.bytecode.ProgramBuilder;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.loader.VerificationProblem;

/** Hand-assembled programs with one fault each, and assertions on the problems found. */
final class VerifierFixtures {

    private VerifierFixtures() {
    }

    /** Problems of a program whose function 0 ("f") is emitted by {@code body}. */
    static List<VerificationProblem> verify(Consumer<ProgramBuilder> setup, Consumer<ProgramBuilder.FunctionBuilder> body) {
        ProgramBuilder b = new ProgramBuilder();
        ProgramBuilder.FunctionBuilder f = b.function("f");
        setup.accept(b);
        body.accept(f);
        return new Verifier().verify(b.build());
    }

    static List<VerificationProblem> verify(Consumer<ProgramBuilder.FunctionBuilder> body) {
        return verify(b -> { }, body);
    }

    /** Problems of one function "f" with these raw code bytes. */
    static List<VerificationProblem> verifyRaw(byte[] code, int maxStack, int frameSize,
                                               List<FunctionInfo.ExceptionEntry> handlers) {
        List<FunctionInfo.Local> locals = java.util.stream.IntStream.range(0, frameSize)
                .mapToObj(i -> new FunctionInfo.Local("l" + i, -1, i, 0, code.length)).toList();
        FunctionInfo f = new FunctionInfo(0, "f", -1, List.of(), locals, maxStack, 0, code.length, handlers, 0, List.of());
        return new Verifier().verify(image(List.of(f), code));
    }

    static ProgramImage image(List<FunctionInfo> functions, byte[] code) {
        return new ProgramImage(Header.of(0, 0), List.of(), List.of(), functions, code, List.of(), DebugInfo.EMPTY);
    }

    static void assertProblem(List<VerificationProblem> problems, String section, int offset, String fragment) {
        assertTrue(problems.stream().anyMatch(p -> p.section().equals(section) && (offset == -2 || p.offset() == offset)
                        && p.message().contains(fragment)),
                () -> "expected " + section + "@" + offset + " '" + fragment + "' in " + problems);
    }

    static void assertClean(List<VerificationProblem> problems) {
        assertTrue(problems.isEmpty(), problems::toString);
    }
}
