/**
 * The managed heap as engines and the standard library see it.
 *
 * <p>A {@link org.runavm.kernel.heap.Heap} is one VM instance's memory, created by a collector plan
 * ({@code org.runavm.kernel.heap.spi.Collector}). Each mutator thread {@link org.runavm.kernel.heap.Heap#attach
 * attaches} and gets a {@link org.runavm.kernel.heap.Mutator}: bump allocation, the write barrier and the
 * safepoint poll. Objects are addressed by word address in {@link org.runavm.kernel.heap.HeapMemory}; their
 * layout is in {@link org.runavm.kernel.heap.Header}, read with {@link org.runavm.kernel.heap.Slots}.
 *
 * <p>Invariants every user must keep:
 * <ul>
 *   <li>every store of a reference into a heap object goes through {@link org.runavm.kernel.heap.Mutator#store}
 *       (the barrier);</li>
 *   <li>every reference the program can still reach is in a scanned place: an engine frame, a registered
 *       {@link org.runavm.kernel.heap.RootSource}, a {@link org.runavm.kernel.heap.HandleTable}, a mutator's
 *       local roots, or a heap object reachable from those;</li>
 *   <li>an address kept only in a Java local is invalid after the next safepoint (allocation, poll, end of
 *       a safe region) because collectors may move objects.</li>
 * </ul>
 * The root and visitor interfaces live here, not in {@code .spi}, because engines implement them; the
 * {@code .spi} package depends on this one and never the reverse.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.runavm.kernel.heap;
