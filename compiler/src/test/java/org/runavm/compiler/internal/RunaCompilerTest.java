package org.runavm.compiler.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.runavm.bytecode.internal.RunabLoader;
import org.runavm.compiler.frontend.LargeProgram;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.compile.CompilationException;
import org.runavm.kernel.compile.CompileOptions;
import org.runavm.kernel.compile.SourceFile;

class RunaCompilerTest {

    private final RunaCompiler compiler = new RunaCompiler();

    @Test
    void compilesSourceToAVerifiedImage() throws Exception {
        ProgramImage image = compiler.compile(new SourceFile("hello.runa", "Display \"Hello\""), CompileOptions.DEFAULTS);
        new RunabLoader().verify(image, "hello.runa");
        assertEquals("<main>", image.functions().getFirst().name());
    }

    @Test
    void reportsEveryFrontEndErrorAsACompilationException() {
        CompilationException e = assertThrows(CompilationException.class, () -> compiler.compile(
                new SourceFile("bad.runa", "Display x\nDisplay y"), CompileOptions.DEFAULTS));
        assertEquals(2, e.diagnostics().size());
        assertTrue(e.getMessage().startsWith("bad.runa:1:9: error:"), e.getMessage());
    }

    @Test
    void aTenThousandLineProgramCompilesAndVerifies() throws Exception {
        String source = LargeProgram.generate(10_000);
        ProgramImage image = compiler.compile(new SourceFile("large.runa", source), CompileOptions.DEFAULTS);
        new RunabLoader().verify(image, "large.runa");
        assertTrue(image.functions().size() > 100, "functions: " + image.functions().size());
    }
}
