/**
 * The compacting plan: one {@link org.runavm.gc.toolkit.BumpSpace} covering the whole heap, collected by
 * stop-the-world sliding mark-compact ({@link org.runavm.gc.toolkit.Tracer} then
 * {@link org.runavm.gc.toolkit.SlidingCompactor}). No write barrier, no copy reserve: the side tables are
 * 2/64 of the heap, which makes this the plan for constrained memory. Private to the bundle.
 */
package org.runavm.gc.compact.internal;
