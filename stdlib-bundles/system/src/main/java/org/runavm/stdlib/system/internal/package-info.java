/**
 * The standard module {@code system}: program arguments, environment variables, child processes,
 * information about the host and the user, and {@code exit}.
 *
 * <p>Invariants: everything is read from the VM's {@link org.runavm.kernel.module.ModuleEnvironment}
 * (its arguments, its environment map, its working directory), never from the host JVM directly, so an
 * embedder decides what a program sees; every capability is checked before it is used
 * ({@code env} per variable, {@code process} on the program name, {@code sys} and {@code user} on
 * what is read).
 */
package org.runavm.stdlib.system.internal;
