/**
 * The class-path side of every RunaVM distribution: the only {@code main} of the runtime.
 *
 * <p>A distribution is one executable jar holding these classes, Apache Felix, the SLF4J binding and,
 * under {@code bundles/}, the bundles its {@code .bndrun} resolved to. {@link org.runavm.boot.Main}
 * boots the framework (reusing a cached framework state when the jar has not changed, which is what
 * keeps start-up short), then hands the command line to the launcher bundle's command service and
 * exits with the status it returns. This package knows nothing of the kernel: it talks to bundles
 * only through JDK types ({@link java.util.function.ToIntFunction} services), so the kernel and every
 * implementation stay hot-swappable bundles.
 */
package org.runavm.boot;
