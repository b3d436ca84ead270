/**
 * Foreign functions: {@code External Library} and {@code External Process} declarations bound to native
 * code through a {@link org.runavm.kernel.ffi.ForeignLinker} service (the {@code ffi} bundle implements
 * it with {@code java.lang.foreign}). Engines ask the VM's security policy for the {@code ffi}
 * permission before a library is opened; the linker itself checks nothing.
 */
@Export
@Version("1.0.0")
package org.runavm.kernel.ffi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
