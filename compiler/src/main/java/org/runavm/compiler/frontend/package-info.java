/**
 * The Runa compiler front end: {@link org.runavm.compiler.frontend.FrontEnd} turns a source file into
 * a {@link org.runavm.compiler.frontend.CheckedProgram} or a list of diagnostics.
 *
 * <p>Invariant: user errors never escape as exceptions other than
 * {@link org.runavm.kernel.compile.CompilationException}; every phase runs to completion and reports
 * into one {@link org.runavm.compiler.frontend.diag.DiagnosticSink}. Private to the bundle.
 */
package org.runavm.compiler.frontend;
