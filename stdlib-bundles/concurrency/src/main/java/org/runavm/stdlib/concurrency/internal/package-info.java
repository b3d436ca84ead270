/**
 * The standard module {@code concurrency}: {@code parallel_map}, {@code await_all_settled},
 * {@code with_timeout} and the thread-safe {@code Queue} in Runa (the module's Runa source,
 * {@code concurrency.runa}), over the language's tasks and task groups; {@code AtomicInteger} and the
 * queue's permits in Java. See {@code docs/decisions/088-module-runa-source.md}.
 */
package org.runavm.stdlib.concurrency.internal;
