/** Collection of a compilation's diagnostics (at most fifty errors per file). */
package org.runavm.compiler.frontend.diag;
