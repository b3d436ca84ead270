package org.runavm.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.compile.CompileOptions;

/**
 * Every valid program of the front end's golden corpus ({@code tests/compiler/}, files not named
 * {@code err_*}) and every example compiles at each optimize level, with and without debug
 * information, and verifies; the written bytes read back and write again identically.
 */
class CorpusCodegenTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    private static final List<CompileOptions> OPTIONS = List.of(
            new CompileOptions(0, true, false), new CompileOptions(1, true, false),
            new CompileOptions(3, true, false), new CompileOptions(1, false, false));

    @TestFactory
    Stream<DynamicTest> everyValidProgramCompilesAndVerifies() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (Path dir : List.of(ROOT.resolve("tests").resolve("compiler"), ROOT.resolve("examples"))) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.toString().endsWith(".runa") && !p.getFileName().toString().startsWith("err_"))
                        .sorted().forEach(sources::add);
            }
        }
        // the conformance corpus too, except the programs whose expected outcome is a compile error
        try (Stream<Path> files = Files.walk(ROOT.resolve("tests").resolve("conformance"))) {
            files.filter(p -> p.toString().endsWith(".runa") && !expectsCompileError(p)).sorted().forEach(sources::add);
        }
        assertFalse(sources.isEmpty(), "no programs found under " + ROOT);
        return sources.stream().flatMap(p -> OPTIONS.stream().map(o -> DynamicTest.dynamicTest(
                p.getFileName() + " -O" + o.optimizeLevel() + (o.debugInfo() ? "" : " no-debug"), () -> {
                    String text = Files.readString(p);
                    ProgramImage image = Compile.verified(text, o);
                    byte[] bytes = Compile.LOADER.write(image);
                    ProgramImage back = Compile.LOADER.load(bytes, p.toString());
                    assertArrayEquals(bytes, Compile.LOADER.write(back), "write -> read -> write changed the bytes");
                    String listing = Compile.disassembly(back);
                    assertTrue(listing.contains("function #0"), "the disassembly lists the entry function");
                })));
    }

    private static boolean expectsCompileError(Path program) {
        Path status = program.resolveSibling(program.getFileName().toString().replaceAll("\\.runa$", ".status"));
        try {
            return Files.exists(status) && Files.readString(status).strip().equals("3");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
