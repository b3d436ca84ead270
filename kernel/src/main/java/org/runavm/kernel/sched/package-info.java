/**
 * Tasks, structured task groups, timers, channels, locks and actors: the concurrency contract of a
 * RunaVM instance.
 *
 * <p>A VM owns exactly one {@link org.runavm.kernel.sched.Scheduler}, obtained from the
 * {@link org.runavm.kernel.sched.SchedulerFactory} service. The API is generic over Java values and
 * callables: it never sees how Runa values are represented, so engines pass their own value objects
 * through channels, task results and actor messages.
 *
 * <p>Invariants every implementation keeps:
 * <ul>
 *   <li>Every task runs on a thread the scheduler created and knows; {@code forEachLiveTask}
 *       enumerates them so a collector can scan their roots, and
 *       {@link org.runavm.kernel.sched.TaskLifecycleListener}s see each task thread start and stop.</li>
 *   <li>Cancellation is cooperative. A cancelled task observes it at its polls
 *       ({@link org.runavm.kernel.sched.Task#isCancelled()}), and every blocking operation of this
 *       package (sleep, await, channel send/receive, lock, acquire, queue take) is interrupted by it and
 *       throws {@link org.runavm.kernel.sched.TaskCancelledException}.</li>
 *   <li>No operation declares a checked exception: a task body's checked failure is rethrown by
 *       {@code await} wrapped in {@link org.runavm.kernel.sched.TaskFailedException}; unchecked
 *       failures are rethrown as they are.</li>
 *   <li>Values are never {@code null} where they travel through a container (channels, queues,
 *       mailboxes); a task result may be {@code null}.</li>
 * </ul>
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.runavm.kernel.sched;
