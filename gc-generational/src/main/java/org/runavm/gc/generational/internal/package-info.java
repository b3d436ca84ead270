/**
 * The generational plan: a copying nursery (eden and two survivor spaces, tenuring by age), a mature space
 * collected by sliding mark-compact, and a non-moving large-object space, with an object-remembering write
 * barrier feeding a remembered set. Private to the bundle.
 *
 * <p>Invariant between collections: every mature or large object that may reference a nursery object is in
 * the remembered set (its header's log bit clear); every other mature or large object has its log bit set,
 * so the barrier records it on its next reference store.
 */
package org.runavm.gc.generational.internal;
