/**
 * Reusable pieces collector plans are built from (MMTk's spaces and allocators): a bump-allocated
 * {@link org.runavm.gc.toolkit.BumpSpace}, a word-granular {@link org.runavm.gc.toolkit.MarkBitmap}, the
 * {@link org.runavm.gc.toolkit.Tracer} (an explicit, bounded mark stack with overflow recovery; never JVM
 * recursion), the {@link org.runavm.gc.toolkit.SlidingCompactor}, the {@link org.runavm.gc.toolkit.HeapVerifier},
 * and {@link org.runavm.gc.toolkit.PlanMutator}, the common mutator of every plan.
 *
 * <p>Everything here runs either on a running mutator thread under the space's lock (allocation) or on the
 * collecting thread while the world is stopped (everything else), so no class here is otherwise thread-safe.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.runavm.gc.toolkit;
