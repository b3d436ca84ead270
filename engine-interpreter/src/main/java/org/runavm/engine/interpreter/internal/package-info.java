/**
 * The interpreter's implementation (private to the bundle).
 *
 * <p>{@link org.runavm.engine.interpreter.internal.Interpreter} is the dispatch loop;
 * {@link org.runavm.engine.interpreter.internal.Calls} pushes frames on the per-thread
 * {@link org.runavm.engine.interpreter.internal.ValueStack}; the other classes are the slow paths of
 * single instructions (arithmetic, equality, text forms, collections, fields, iteration, generators,
 * type checks, errors) and the bridge to native modules.
 *
 * <p>Invariants: every value-stack slot below {@code sp} holds a valid value and {@code sp} is current
 * at every safepoint; no heap address is held in a Java local across an allocation, a call or a poll
 * (operands stay on the value stack, containers being walked are mutator local roots); a Runa call
 * never recurses on the JVM stack, only native callbacks into Runa do.
 */
package org.runavm.engine.interpreter.internal;
