/**
 * Native modules: the standard library ({@code core}, {@code math}, {@code io}, ...) and any host module
 * an embedder registers, each a {@link org.runavm.kernel.module.NativeModule} service in its own bundle.
 *
 * <p>A module describes itself once ({@link org.runavm.kernel.module.NativeModule#define}); the engine
 * binds it when a program runs {@code Import "NAME"} (or always, for {@code core}). Module functions see
 * their arguments through {@link org.runavm.kernel.module.NativeCall}, which hides how the engine
 * represents values, so a module works unchanged under every engine and collector. What a native object
 * cannot be (a container of Runa values, code that runs Runa functions as tasks) a module writes in Runa
 * and hands over with {@link org.runavm.kernel.module.ModuleDefinition#source}; the engine compiles it
 * once per VM and binds its exports next to the native functions. Because modules are
 * services, a module bundle can be updated in a running framework: VMs created afterwards bind the new
 * version; a running VM switches at its next call boundary.
 */
@Export
@Version("1.3.0")
package org.runavm.kernel.module;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
