/**
 * Reusable pieces collector plans are built from (MMTk's spaces and allocators): a bump-allocated
 * {@link org.runavm.gc.toolkit.BumpSpace}, a word-granular {@link org.runavm.gc.toolkit.MarkBitmap}, the
 * {@link org.runavm.gc.toolkit.Tracer} (an explicit, bounded mark stack with overflow recovery; never JVM
 * recursion), the {@link org.runavm.gc.toolkit.SlidingCompactor}, the {@link org.runavm.gc.toolkit.HeapVerifier},
 * and the common parts of every plan: {@link org.runavm.gc.toolkit.PlanHeap} (global state: mutators,
 * roots, safepoints, closed state, statistics), {@link org.runavm.gc.toolkit.PlanMutator} and
 * {@link org.runavm.gc.toolkit.PlanCollector}. A plan extends the three and adds its spaces and collections.
 *
 * <p>Except for {@code PlanHeap}'s attach, root registration and statistics (which any thread may call),
 * everything here runs either on a running mutator thread under the space's lock (allocation) or on the
 * collecting thread while the world is stopped (everything else), so no class here is otherwise thread-safe.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.runavm.gc.toolkit;
