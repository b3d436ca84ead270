/**
 * Recursive-descent parser in layers (see {@link org.runavm.compiler.frontend.parser.Parser}).
 * Invariants: lookahead is a few tokens (one bounded scan for lambdas); every error is reported once
 * and parsing resumes at the next line or block boundary; nesting deeper than 200 levels is reported
 * instead of overflowing the stack.
 */
package org.runavm.compiler.frontend.parser;
