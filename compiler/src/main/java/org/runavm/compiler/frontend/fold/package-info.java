/**
 * Constant folding of literal expressions. Invariant: folding never changes behaviour; an expression
 * whose evaluation raises at run time (overflow, division by zero) is left unfolded.
 */
package org.runavm.compiler.frontend.fold;
