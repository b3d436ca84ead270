package org.runavm.launcher.command;

import java.io.PrintStream;
import org.runavm.kernel.compile.CompilationException;
import org.runavm.kernel.compile.Diagnostic;
import org.runavm.kernel.compile.SourceFile;
import org.runavm.kernel.loader.VerificationException;
import org.runavm.kernel.loader.VerificationProblem;

/** How compile errors and invalid bytecode are shown on standard error. */
final class Reports {
    private Reports() {
    }

    /** Every diagnostic as {@code FILE:LINE:COLUMN: error: MESSAGE}, the source line and a caret. */
    static void diagnostics(PrintStream err, SourceFile source, CompilationException e) {
        for (Diagnostic diagnostic : e.diagnostics()) {
            err.println(diagnostic.format(source.line(diagnostic.line())));
        }
        int errors = e.diagnostics().size();
        err.println(errors == 1 ? "1 error" : errors + " errors");
    }

    /** The file, then every problem on its own line with its section, function and offset. */
    static void problems(PrintStream err, String command, VerificationException e) {
        err.println(command + ": " + e.origin() + " is not a valid RunaVM bytecode file:");
        for (VerificationProblem problem : e.problems()) {
            err.println("  " + problem);
        }
    }
}
