package org.runavm.compiler.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.runavm.kernel.compile.CompileOptions;
import org.runavm.kernel.compile.SourceFile;

/** A 10,000-line program goes through the whole front end without errors (speed is measured separately). */
class ScaleTest {

    @Test
    void tenThousandLinesCompileCleanly() throws Exception {
        String src = LargeProgram.generate(10_000);
        assertTrue(src.lines().count() >= 10_000);
        CheckedProgram p = new FrontEnd().check(new SourceFile("big.runa", src), CompileOptions.DEFAULTS);
        long chunks = src.lines().filter(l -> l.startsWith("Process called work_")).count();
        // Class Base, Define, Let total; then per chunk: a process, a class, a Try, a Let, a Display.
        assertEquals(3 + chunks * 5, p.ast().body().statements().size());
        assertTrue(p.warnings().isEmpty(), p.warnings()::toString);
    }
}
