/**
 * Java accessors for the built-in object layouts engines and the standard library share: Text, byte
 * arrays, List, Tuple, Map, Set, class instances, closures and boxed upvalues. Each class is a set of static
 * methods over addresses in a {@link org.runavm.kernel.heap.HeapMemory}; none allocates Java objects on
 * its fast paths.
 *
 * <p>Allocation rule: a method that takes a {@link org.runavm.kernel.heap.Mutator} may allocate, so it is a
 * safepoint. It keeps the addresses it was given valid across its own allocations (through the mutator's
 * local roots) and returns the possibly moved address of the object it changed; every other address the
 * caller holds in a Java local is stale afterwards. Methods that take only the memory never allocate.
 *
 * <p>Index errors are {@link java.lang.IndexOutOfBoundsException}s and unusable map keys are
 * {@link org.runavm.kernel.heap.objects.UnhashableKeyException}s; engines turn them into Runa's
 * {@code IndexError} and {@code TypeError}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.runavm.kernel.heap.objects;
