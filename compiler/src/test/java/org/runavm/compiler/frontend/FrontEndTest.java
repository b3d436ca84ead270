package org.runavm.compiler.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.runavm.compiler.frontend.ast.Expr;
import org.runavm.compiler.frontend.ast.Stmt;
import org.runavm.compiler.frontend.resolve.Symbol;
import org.runavm.kernel.compile.CompilationException;
import org.runavm.kernel.compile.CompileOptions;
import org.runavm.kernel.compile.Severity;
import org.runavm.kernel.compile.SourceFile;

class FrontEndTest {

    private final FrontEnd frontEnd = new FrontEnd();

    private static Expr displayed(CheckedProgram p) {
        return ((Stmt.Display) p.ast().body().statements().get(0)).value();
    }

    @Test
    void foldsFromOptimizeLevelOne() throws Exception {
        SourceFile f = new SourceFile("a.runa", "Display 60 * 60");
        assertInstanceOf(Expr.IntLit.class, displayed(frontEnd.check(f, CompileOptions.DEFAULTS)));
        assertInstanceOf(Expr.Binary.class, displayed(frontEnd.check(f, CompileOptions.DEFAULTS.withOptimizeLevel(0))));
    }

    @Test
    void syntaxAndNameErrorsComeTogetherInSourceOrder() {
        SourceFile f = new SourceFile("a.runa", "Display missing\nLet x = (1 +\nDisplay x\nLet x = 2\n");
        CompilationException e = assertThrows(CompilationException.class, () -> frontEnd.check(f, CompileOptions.DEFAULTS));
        assertEquals(List.of(
                "a.runa:1:9: error: `missing` is not declared",
                "a.runa:2:13: error: expression expected, found end of line",
                "a.runa:4:1: error: `x` is already declared at line 2 (shadowing is not allowed)"),
                e.diagnostics().stream().map(Object::toString).toList());
        assertEquals("a.runa:1:9: error: `missing` is not declared\nDisplay missing\n        ^\n",
                FrontEnd.render(f, e.diagnostics().subList(0, 1)));
    }

    @Test
    void warningsDoNotFailTheCompilation() throws Exception {
        CheckedProgram p = frontEnd.check(new SourceFile("a.runa", "Let v as Vectr? = null"), CompileOptions.DEFAULTS);
        assertEquals(Severity.WARNING, p.warnings().get(0).severity());
        assertEquals("a.runa:1:10: warning: unknown type `Vectr`", p.warnings().get(0).header());
    }

    @Test
    void globalsAreListedInBindingOrder() throws Exception {
        CheckedProgram p = frontEnd.check(new SourceFile("a.runa",
                "Let a = 1\nProcess called f()\nEnd Process\nIf true\n  Let inner = 2\nEnd If\nDefine B as 2"), CompileOptions.DEFAULTS);
        assertEquals(List.of("f", "a", "B"), p.resolution().globals().stream().map(Symbol::name).toList());
    }

    @Test
    void warnsWhenNotAppliesToTheLeftOperandOfAComparisonOnly() throws Exception {
        CheckedProgram p = frontEnd.check(new SourceFile("a.runa",
                "Let a = 1\nDisplay not a == 2\nDisplay (not a) == false\nDisplay not (a == 2)\nDisplay not a is 2"),
                CompileOptions.DEFAULTS);
        assertEquals(List.of(
                "a.runa:2:9: warning: `not` binds tighter than `==`: this is `(not ...) == ...`; write `not (... == ...)` to negate the comparison",
                "a.runa:5:9: warning: `not` binds tighter than `is`: this is `(not ...) is ...`; write `not (... is ...)` to negate the comparison"),
                p.warnings().stream().map(Object::toString).toList());
    }

    @Test
    void warnsAboutStatementsThatNeverRun() throws Exception {
        CheckedProgram p = frontEnd.check(new SourceFile("a.runa",
                "Process called f()\n    Return 1\n    Display 2\n    Display 3\nEnd Process\n"
                        + "For i from 1 to 2\n    Break\n    Process called g()\n    End Process\nEnd For"),
                CompileOptions.DEFAULTS);
        assertEquals(List.of("a.runa:3:5: warning: this statement never runs: it follows the `Return` at line 2"),
                p.warnings().stream().map(Object::toString).toList());
    }
}
