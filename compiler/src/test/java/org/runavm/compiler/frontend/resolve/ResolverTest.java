package org.runavm.compiler.frontend.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.runavm.compiler.frontend.ParserTestSupport;
import org.runavm.compiler.frontend.ast.Expr;
import org.runavm.compiler.frontend.ast.Program;
import org.runavm.compiler.frontend.ast.Stmt;
import org.runavm.compiler.frontend.diag.DiagnosticSink;

class ResolverTest {

    private record Resolved(Program program, Resolution resolution, List<String> errors) {
    }

    private static Resolved resolve(String src) {
        Program p = ParserTestSupport.parseClean(src);
        DiagnosticSink sink = new DiagnosticSink("t.runa");
        Resolution r = Resolver.resolve(p, sink);
        return new Resolved(p, r, sink.sorted().stream().map(d -> d.line() + ":" + d.column() + " " + d.message()).toList());
    }

    private static List<String> errors(String src) {
        return resolve(src).errors();
    }

    @Test
    void undeclaredNamesAndUseBeforeDeclaration() {
        assertEquals(List.of("1:9 `total` is not declared", "2:9 `later` is not declared"),
                errors("Display total\nDisplay later\nLet later = 1"));
    }

    @Test
    void noShadowingWithinAProcessButInnerProcessesMayReuseNames() {
        assertEquals(List.of("3:5 `x` is already declared at line 1 (shadowing is not allowed)"),
                errors("Let x = 1\nIf true\n    Let x = 2\nEnd If"));
        assertEquals(List.of(), errors("Let x = 1\nProcess called f(x)\n    Return x\nEnd Process\nLet g = (x) => x"));
        assertEquals(List.of("2:1 `x` is already declared at line 1 (shadowing is not allowed)"), errors("Let x = 1\nLet x = 2"));
    }

    @Test
    void siblingBlocksMayReuseNames() {
        assertEquals(List.of(), errors("If true\n  Let t = 1\nOtherwise\n  Let t = 2\nEnd If\nFor i from 1 to 2\nEnd For\n"
                + "For i from 1 to 2\nEnd For"));
    }

    @Test
    void constantsAndDeclarationsCannotBeAssigned() {
        assertEquals(List.of("2:1 cannot assign to constant `LIMIT`", "3:5 cannot assign to constant `LIMIT`",
                        "6:1 cannot assign to `f`: it is a process"),
                errors("Define LIMIT as 100\nLIMIT = 5\nSet LIMIT to 6\nProcess called f()\nEnd Process\nf = 1"));
    }

    @Test
    void processesClassesAndActorsAreHoisted() {
        assertEquals(List.of(), errors("Display a()\nProcess called a()\n  Return b()\nEnd Process\n"
                + "Process called b()\n  Return Person()\nEnd Process\nClass Person\nEnd Class"));
    }

    @Test
    void processBodiesSeeLaterNamesOfTheirBlock() {
        assertEquals(List.of(), errors("Process called show()\n  Display greeting\nEnd Process\nLet greeting = \"hi\""));
    }

    @Test
    void statementRules() {
        assertEquals(List.of(
                        "1:1 `Break` can only be used inside a loop (`While`, `For`, `For each`)",
                        "2:1 `Continue` can only be used inside a loop (`While`, `For`, `For each`)",
                        "3:1 `Return` can only be used inside a process",
                        "4:1 `Retry` can only be used inside a `Catch` block",
                        "5:1 `Yield` can only be used inside a `Generator Process`",
                        "6:9 `Self` can only be used inside a method of a class or actor",
                        "9:9 `Break` can only be used inside a loop (`While`, `For`, `For each`)"),
                errors("Break\nContinue\nReturn 1\nRetry\nYield 1\nDisplay Self\nWhile true\n"
                        + "    Process called inner()\n        Break\n    End Process\nEnd While"));
    }

    @Test
    void superNeedsAParentClass() {
        assertEquals(List.of("3:9 `Super` used in class `A`, which does not extend another class"),
                errors("Class A\n  Process called m()\n        Super.m()\n  End Process\nEnd Class"));
        assertEquals(List.of(), errors("Class E extends ValueError\n  Process called initialize(m)\n"
                + "    Super.initialize(m)\n  End Process\nEnd Class"));
    }

    @Test
    void classChecks() {
        String src = """
                Class A extends Missing
                End Class
                Let x = 1
                Class B extends x
                End Class
                Class C
                  Process called m()
                  End Process
                  Process called m()
                  End Process
                End Class
                Class D extends D
                End Class
                """;
        assertEquals(List.of("1:17 class `Missing` is not declared",
                        "4:17 `x` is a variable, not a class: a class can only extend a class",
                        "9:3 method `m` is already declared at line 7",
                        "12:17 class `D` cannot extend itself (through `D`)"), errors(src));
    }

    @Test
    void aParentMayBeAClassOfAnImportedModule() {
        assertEquals(List.of(), errors("Import \"lib/shapes.runa\" as shapes\nImport Shape from \"lib/shapes.runa\"\n"
                + "Class A extends shapes.Shape\nEnd Class\nClass B extends Shape\nEnd Class"));
        String src = """
                Let x = 1
                Class A extends x.Shape
                End Class
                Class B extends nowhere.Shape
                End Class
                """;
        assertEquals(List.of("2:17 `x` is a variable, not a module: write `extends x` or `extends MODULE.CLASS`",
                "4:17 `nowhere` is not declared: import the module first (Import \"FILE.runa\" as nowhere)"), errors(src));
    }

    @Test
    void capturesAreMarkedAlongTheChain() {
        Resolved r = resolve("Process called make_counter()\n    Let count = 0\n    Let unused = 1\n"
                + "    Process called next()\n        Return () => count + 1\n    End Process\n    Return next\nEnd Process");
        assertEquals(List.of(), r.errors());
        Stmt.ProcessDecl outer = (Stmt.ProcessDecl) r.program().body().statements().get(0);
        Stmt.Let count = (Stmt.Let) outer.body().statements().get(0);
        Stmt.Let unused = (Stmt.Let) outer.body().statements().get(1);
        Symbol countSym = r.resolution().declared(count).get(0);
        assertTrue(countSym.isCaptured());
        assertFalse(r.resolution().declared(unused).get(0).isCaptured());
        Stmt.ProcessDecl next = (Stmt.ProcessDecl) outer.body().statements().get(2);
        FunctionInfo nextInfo = r.resolution().function(next);
        assertEquals(List.of(countSym), nextInfo.captures());
        Expr.Lambda lambda = (Expr.Lambda) ((Stmt.Return) next.body().statements().get(0)).value();
        FunctionInfo lambdaInfo = r.resolution().function(lambda);
        assertEquals(List.of(countSym), lambdaInfo.captures());
        assertSame(nextInfo, lambdaInfo.parent());
        assertSame(r.resolution().function(outer), countSym.owner());
    }

    @Test
    void globalsAreNotCapturesButNestedTopLevelLocalsAre() {
        Resolved r = resolve("Let g = 1\nFor i from 1 to 3\n    Let local = i\n    Let f = () => g + local + i\nEnd For");
        assertEquals(List.of(), r.errors());
        Stmt.Let g = (Stmt.Let) r.program().body().statements().get(0);
        assertTrue(r.resolution().declared(g).get(0).isGlobal());
        Stmt.ForRange loop = (Stmt.ForRange) r.program().body().statements().get(1);
        Symbol i = r.resolution().declared(loop).get(0);
        Symbol local = r.resolution().declared(loop.body().statements().get(0)).get(0);
        assertTrue(i.isCaptured() && i.isPerIteration() && !i.isGlobal());
        assertTrue(local.isCaptured() && local.isPerIteration());
        Expr.Lambda f = (Expr.Lambda) ((Stmt.Let) loop.body().statements().get(1)).init();
        assertEquals(List.of(local, i), r.resolution().function(f).captures());
    }

    @Test
    void selfInLambdaOfMethodIsCaptured() {
        Resolved r = resolve("Class P\n  Field x = 1\n  Process called getter()\n    Return () => Self.x\n  End Process\nEnd Class");
        assertEquals(List.of(), r.errors());
        Stmt.ClassDecl c = (Stmt.ClassDecl) r.program().body().statements().get(0);
        Expr.Lambda l = (Expr.Lambda) ((Stmt.Return) c.methods().get(0).body().statements().get(0)).value();
        assertTrue(r.resolution().function(l).capturesSelf());
    }

    @Test
    void usesResolveToTheDeclaringSymbolAndAssignmentsMarkIt() {
        Resolved r = resolve("Let x = 1\nx += 1\nDisplay x");
        Symbol x = r.resolution().declared(r.program().body().statements().get(0)).get(0);
        Expr.Name use = (Expr.Name) ((Stmt.Display) r.program().body().statements().get(2)).value();
        assertSame(x, r.resolution().symbol(use));
        assertTrue(x.isReassigned());
    }

    @Test
    void importsBindNames() {
        assertEquals(List.of(), errors("Import \"math\"\nImport sqrt from \"math\"\nImport \"lib/geo.runa\"\n"
                + "Display math.pi + sqrt(2.0) + geo.area(1)"));
        assertEquals(List.of("1:1 module \"my-lib\" has no usable name: write `Import \"my-lib\" as NAME`"),
                errors("Import \"my-lib\""));
    }

    @Test
    void builtinsAreAvailableAndMayBeRedeclared() {
        assertEquals(List.of(), errors("Let t = Task.run(() => input(\"?\"))\nThrow ValueError(\"x\")\n"
                + "Process called input(prompt)\nEnd Process"));
    }

    @Test
    void matchBindingsAndCatchVariablesAreScopedToTheirClause() {
        assertEquals(List.of("7:9 `n` is not declared", "12:9 `e` is not declared"),
                errors("Match 5\n  When n as Integer If n > 1\n    Display n\n  When n as Text\n    Display n\nEnd Match\n"
                        + "Display n\nTry\n  Display 1\nCatch e as ValueError\nEnd Try\nDisplay e"));
    }

    @Test
    void unknownTypeIsAWarningNotAnError() {
        Program p = ParserTestSupport.parseClean("Let x as Interger = 1");
        DiagnosticSink sink = new DiagnosticSink("t.runa");
        Resolver.resolve(p, sink);
        assertFalse(sink.hasErrors());
        assertEquals("unknown type `Interger`", sink.warnings().get(0).message());
    }
}
