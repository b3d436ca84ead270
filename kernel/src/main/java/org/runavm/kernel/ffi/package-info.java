/**
 * Foreign functions: {@code External Library} and {@code External Process} declarations bound to native
 * code through a {@link org.runavm.kernel.ffi.ForeignLinker} service (the {@code ffi} bundle implements
 * it with {@code java.lang.foreign}). Engines ask the VM's security policy for the {@code ffi}
 * permission before a library is opened; the linker itself checks nothing.
 *
 * <p>Values cross as Java objects: {@link java.lang.Long} for integer types, {@link java.lang.Double}
 * for floating types, {@link java.lang.Boolean}, and {@link org.runavm.kernel.ffi.Pointer} for
 * addresses, which also tells a pointer from an integer among variadic arguments. A
 * {@link org.runavm.kernel.ffi.ForeignSession} owns everything native a VM holds (libraries, memory,
 * callbacks) and releases it when closed. Every failure is a
 * {@link org.runavm.kernel.ffi.ForeignException} with a one-line message.
 */
@Export
@Version("1.0.0")
package org.runavm.kernel.ffi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
