/**
 * The standard module {@code io}: files ({@link org.runavm.stdlib.io.internal.FileFunctions}), paths,
 * the standard streams, TCP sockets ({@link org.runavm.stdlib.io.internal.NetworkFunctions}) and HTTP
 * ({@link org.runavm.stdlib.io.internal.HttpFunctions}).
 *
 * <p>Invariants: every file system operation resolves its path against the VM's working directory
 * ({@link org.runavm.stdlib.io.internal.FileSystemGuard}) and asks the security policy for
 * {@code fs read} or {@code fs write} on it before touching anything, so a denied call has no side
 * effect (a recursive delete checks every entry before deleting the first). Network operations ask
 * {@code net connect} / {@code net listen} on {@code host:port} before resolving or opening anything;
 * HTTP follows redirects itself so that every hop is checked. Failures are Runa errors
 * ({@code FileNotFoundError}, {@code IOError}, {@code TimeoutError}) whose one-line message names the
 * operation and the path or address.
 */
package org.runavm.stdlib.io.internal;
