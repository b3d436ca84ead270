package org.runavm.compiler.frontend.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.runavm.compiler.frontend.ParserTestSupport;
import org.runavm.compiler.frontend.ast.BinaryOp;
import org.runavm.compiler.frontend.ast.Pattern;
import org.runavm.compiler.frontend.ast.Pos;
import org.runavm.compiler.frontend.ast.ProcessKind;
import org.runavm.compiler.frontend.ast.Stmt;
import org.runavm.kernel.compile.Diagnostic;

class StatementParserTest {

    private static List<Stmt> parse(String src) {
        return ParserTestSupport.parseClean(src).body().statements();
    }

    private static Stmt one(String src) {
        List<Stmt> all = parse(src);
        assertEquals(1, all.size(), all::toString);
        return all.get(0);
    }

    private static List<String> errors(String src) {
        return ParserTestSupport.parseErrors(src).stream().map(d -> d.line() + ":" + d.column() + " " + d.message()).toList();
    }

    @Test
    void letAndDefineSpellings() {
        assertEquals(ParserTestSupport.shape(one("Let x = 5")), ParserTestSupport.shape(one("Let x be 5")));
        Stmt.Let typed = (Stmt.Let) one("Let x as Integer? = 5");
        assertEquals("Integer?", typed.type().display());
        assertEquals("Integer?", ((Stmt.Let) one("Let x as Optional of Integer = 5")).type().display());
        assertEquals("Map of Text to List of Integer?", ((Stmt.Let) one("Let m as Map of Text to List of Integer? = {}")).type().display());
        assertEquals(List.of("1:1 `Let x as Integer` needs a value (or an optional type: `Integer?`, which starts as null)"),
                errors("Let x as Integer"));
        assertEquals(List.of(), errors("Let y\nLet z as Text?"));
        Stmt.Define d = (Stmt.Define) one("Define LIMIT as 100");
        assertEquals("LIMIT", d.name());
        Stmt.Define typedDefine = (Stmt.Define) one("Define RATE as Decimal = 0.5");
        assertEquals("Decimal", typedDefine.type().display());
    }

    @Test
    void assignmentSpellingsAreTheSameNode() {
        String set = ParserTestSupport.shape(((Stmt.Assign) one("Set p.age to 31")).target());
        String eq = ParserTestSupport.shape(((Stmt.Assign) one("p.age = 31")).target());
        assertEquals(set, eq);
        assertEquals(BinaryOp.FLOOR_DIV, ((Stmt.Assign) one("x //= 2")).op());
        assertNull(((Stmt.Assign) one("items[0] = 7")).op());
    }

    @Test
    void everyNodeHasItsSourcePosition() {
        Stmt.If s = (Stmt.If) one("If a > b\n    Display \"x\"\nOtherwise If a == b\n  Display 1\nEnd If");
        assertEquals(new Pos(1, 1), s.pos());
        assertEquals(new Pos(1, 6), s.branches().get(0).condition().pos());
        assertEquals(new Pos(2, 5), s.branches().get(0).body().statements().get(0).pos());
        assertEquals(new Pos(3, 1), s.branches().get(1).pos());
    }

    @Test
    void ifWithThenColonElseAndPlainEnd() {
        Stmt.If s = (Stmt.If) one("If a Then\n  Display 1\nElse If b:\n  Display 2\nElse\n  Display 3\nEnd");
        assertEquals(2, s.branches().size());
        assertEquals(1, s.otherwise().statements().size());
    }

    @Test
    void loops() {
        Stmt.ForRange f = (Stmt.ForRange) one("For i from 10 to 1 step -2\n  Display i\nEnd For");
        assertEquals("i", f.variable());
        Stmt.ForEach each = (Stmt.ForEach) one("For each key, value in scores\n  Display key\nEnd For");
        assertEquals("value", each.second());
        assertInstanceOf(Stmt.While.class, one("While n > 0:\n  n -= 1\nEnd While"));
    }

    @Test
    void matchPatternsAndGuards() {
        Stmt.Match m = (Stmt.Match) one("Match v\n  When 0, -1\n    Display 1\n  When n as Integer If n > 100\n"
                + "    Display 2\n  When _\n    Display 3\n  Otherwise\n    Display 4\nEnd Match");
        assertEquals(3, m.cases().size());
        assertEquals(2, m.cases().get(0).patterns().size());
        assertInstanceOf(Pattern.Binding.class, m.cases().get(1).patterns().get(0));
        assertInstanceOf(Stmt.Display.class, m.cases().get(1).body().statements().get(0));
        assertInstanceOf(Pattern.Wildcard.class, m.cases().get(2).patterns().get(0));
        assertEquals(1, m.otherwise().statements().size());
    }

    @Test
    void tryCatchRetryFinally() {
        Stmt.Try t = (Stmt.Try) one("Try\n  risky()\nCatch e as IndexError\n  Display 1\nCatch e\n  Retry\n"
                + "Catch\n  Display 0\nFinally\n  cleanup()\nEnd Try");
        assertEquals(3, t.catches().size());
        assertEquals("IndexError", t.catches().get(0).type().name());
        assertNull(t.catches().get(2).variable());
        assertInstanceOf(Stmt.Retry.class, t.catches().get(1).body().statements().get(0));
        assertEquals(1, t.finallyBlock().statements().size());
    }

    @Test
    void processHeaders() {
        Stmt.ProcessDecl p = (Stmt.ProcessDecl) one("Process called add(a as Integer, b as Integer = 0) returns Integer\n"
                + "  Return a + b\nEnd Process");
        assertEquals(2, p.params().size());
        assertEquals("Integer", p.returns().name());
        Stmt.ProcessDecl natural = (Stmt.ProcessDecl) one("Process called \"greet\" that takes name as Text and greeting\n"
                + "  Display greeting\nEnd Process");
        assertEquals("greet", natural.name());
        assertEquals("Text", natural.params().get(0).type().name());
        assertEquals("greeting", natural.params().get(1).name());
        Stmt.ProcessDecl defaults = (Stmt.ProcessDecl) one("Process called \"f\" that takes a = 1 and b as Boolean = (true and false)\nEnd");
        assertEquals(List.of("a", "b"), defaults.params().stream().map(org.runavm.compiler.frontend.ast.Param::name).toList());
        Stmt.ProcessDecl gen = (Stmt.ProcessDecl) one("Generator Process called g()\n  Yield 1\nEnd Process");
        assertTrue(gen.isGenerator());
        Stmt.ProcessDecl async = (Stmt.ProcessDecl) one("Private Async Process called a()\nEnd");
        assertTrue(async.isAsync() && async.isPrivate());
    }

    @Test
    void classesAndActors() {
        Stmt.ClassDecl c = (Stmt.ClassDecl) one("Class Employee extends Person with\n  Field company as Text = \"x\"\n"
                + "  Process called initialize(c as Text)\n    Super.initialize(c)\n  End Process\nEnd Class");
        assertEquals("Person", c.parent());
        assertEquals("people.Person", ((Stmt.ClassDecl) one("Class Employee extends people.Person\nEnd Class")).parent());
        assertEquals(1, c.fields().size());
        assertEquals(ProcessKind.METHOD, c.methods().get(0).kind());
        Stmt.ActorDecl a = (Stmt.ActorDecl) one("Actor called Counter\n  Field count as Integer = 0\n"
                + "  On Message increment(amount as Integer)\n    Self.count += amount\n  End On\n"
                + "  On Message current() returns Integer\n    Return Self.count\n  End Message\nEnd Actor");
        assertEquals(2, a.handlers().size());
        assertEquals(ProcessKind.MESSAGE, a.handlers().get(1).kind());
    }

    @Test
    void importsExternalsAndMessages() {
        List<Stmt> s = parse("Import \"math\"\nImport sqrt, pi from \"math\"\nImport \"lib/g.runa\" as g\n"
                + "Import module \"time\"\nExternal Library \"libc\"\n"
                + "External Process called exists(p as Pointer) returns Integer from \"libc\" as \"access\"\n"
                + "Send increment(5) to c\nTask Group called g2\n  g2.run(() => 1)\nEnd Task Group");
        assertEquals(2, ((Stmt.Import) s.get(1)).names().size());
        assertEquals("g", ((Stmt.Import) s.get(2)).alias());
        assertEquals("time", ((Stmt.Import) s.get(3)).module());
        assertEquals("access", ((Stmt.ExternalProcess) s.get(5)).symbol());
        assertEquals("increment", ((Stmt.Send) s.get(6)).message());
        assertEquals("g2", ((Stmt.TaskGroup) s.get(7)).name());
    }

    @Test
    void missingEndNamesTheOpeningLine() {
        assertEquals(List.of("4:14 `End For` expected to close the `For` at line 2"),
                errors("Let n = 0\nFor i from 1 to 3\n    n += i\n    Display n"));
    }

    @Test
    void endOfOuterBlockClosesInnerWithOneError() {
        assertEquals(List.of("4:1 `End While` expected to close the `While` at line 2, found `End For`"),
                errors("For i from 1 to 3\n  While true\n    Break\nEnd For\nDisplay 1"));
    }

    @Test
    void oneErrorPerBrokenStatementAndParsingGoesOn() {
        List<String> e = errors("Let x = \nLet y = 1 2\nDisplay (1 +\nIf x >\n  Display 1\nEnd If\nLet end = 3");
        assertEquals(List.of(
                "1:8 expression expected, found end of line",
                "2:11 end of line expected after the `Let` statement, found `2`",
                "3:13 expression expected, found end of line",
                "4:7 expression expected, found end of line",
                "7:5 `end` is a reserved word and cannot be used as a variable name"), e);
    }

    @Test
    void strayContinuationsAndEnds() {
        assertEquals(List.of("1:1 `Otherwise` without a matching `If`", "2:1 `End While` does not close any open block",
                "3:1 `Catch` without a matching `Try`"), errors("Otherwise\nEnd While\nCatch e\nDisplay 1"));
    }

    @Test
    void classBodiesAcceptOnlyMembers() {
        assertEquals(List.of("2:3 only `Field` and `Process` declarations can appear in a `Class`"),
                errors("Class A\n  Let x = 1\n  Field y\nEnd Class"));
    }

    @Test
    void errorCapIsFifty() {
        String src = "Let = 1\n".repeat(80);
        List<Diagnostic> d = ParserTestSupport.parseErrors(src);
        assertEquals(50, d.size());
    }

    @Test
    void excessiveNestingIsOneError() {
        assertEquals(List.of("1:" + (9 + 200) + " this expression is nested too deeply (more than 200 levels)"),
                errors("Display " + "(".repeat(300) + "1" + ")".repeat(300) + "\nDisplay )"));
        assertEquals(List.of("202:1 blocks are nested too deeply (more than 200 levels)"),
                errors("While true\n".repeat(300)));
    }

    @Test
    void partsAfterTheFinalPartAreOneErrorEach() {
        assertEquals(List.of("5:1 `Otherwise` after the final `Otherwise` of the `If` at line 1 (put the conditions before it)"),
                errors("If true\n  Display 1\nOtherwise\n  Display 2\nOtherwise\n  Display 3\nEnd If\nDisplay 4"));
        assertEquals(List.of("5:1 `Catch` after the `Finally` of the `Try` at line 1 (`Finally` comes last)"),
                errors("Try\n  Display 1\nFinally\n  Display 2\nCatch e\n  Display 3\nEnd Try\nDisplay 4"));
    }

    @Test
    void matchPartsOutOfOrder() {
        assertEquals(List.of("5:3 `When` after the `Otherwise` of the `Match` at line 1 (`Otherwise` comes last)",
                        "7:3 a second `Otherwise` in the `Match` at line 1"),
                errors("Match 1\n  When 1\n    Display 1\n  Otherwise\n  When 2\n    Display 2\n  Otherwise\n"
                        + "    Display 3\nEnd Match\nDisplay 4"));
    }
}
