/**
 * The compiler's contract with the rest of the VM: source files in, diagnostics out.
 *
 * <p>A {@link org.runavm.kernel.compile.SourceFile} is what gets compiled; every problem the
 * front end finds is a {@link org.runavm.kernel.compile.Diagnostic} carrying a 1-based line and
 * column, rendered by {@link org.runavm.kernel.compile.Diagnostic#format(String)} in the form the
 * CLI prints ({@code FILE:LINE:COLUMN: error: MESSAGE}, the source line, a caret). A compilation
 * that found errors fails with a {@link org.runavm.kernel.compile.CompilationException} holding all
 * of them, so tools can show every error in a file rather than the first.
 *
 * <p>Invariant: these types are immutable values; nothing here depends on an implementation.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.runavm.kernel.compile;
