/**
 * The collector SPI, split as in MMTk: a <em>plan</em> ({@link org.runavm.kernel.heap.spi.Collector}, a
 * bundle's DS service) decides how spaces are composed and collected; the <em>VM binding</em> belongs to the
 * kernel: the {@link org.runavm.kernel.heap.spi.ObjectModel} (object sizes, precise reference slots, copying),
 * root scanning through {@link org.runavm.kernel.heap.RootSource}, and stop-the-world coordination in
 * {@link org.runavm.kernel.heap.spi.Safepoints}. A plan publishes {@link org.runavm.kernel.heap.spi.CollectorConstraints}
 * so that a JIT can inline the barrier fast path, and offers a {@link org.runavm.kernel.heap.spi.HeapInspector}
 * to profilers and snapshot writers.
 *
 * <p>This package depends on {@code org.runavm.kernel.heap}; that package never depends on this one.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.runavm.kernel.heap.spi;
