package org.runavm.compiler.frontend;

import java.util.List;
import org.runavm.compiler.frontend.ast.Program;
import org.runavm.compiler.frontend.diag.DiagnosticSink;
import org.runavm.compiler.frontend.parser.Parser;
import org.runavm.kernel.compile.Diagnostic;

/** Test helpers: parse snippets and show ASTs without positions. */
public final class ParserTestSupport {

    private ParserTestSupport() {
    }

    public static Program parseClean(String src) {
        DiagnosticSink sink = new DiagnosticSink("t.runa");
        Program p = Parser.parse("t.runa", src, sink);
        if (sink.hasErrors()) {
            throw new AssertionError("unexpected errors: " + sink.sorted());
        }
        return p;
    }

    public static List<Diagnostic> parseErrors(String src) {
        DiagnosticSink sink = new DiagnosticSink("t.runa");
        Parser.parse("t.runa", src, sink);
        return sink.sorted();
    }

    /** A record's toString without the {@code pos=L:C} components, for structural comparisons. */
    public static String shape(Object node) {
        return node.toString().replaceAll("pos=\\d+:\\d+, ", "").replaceAll("pos=\\d+:\\d+", "");
    }
}
