/**
 * Execution: the {@link org.runavm.kernel.exec.ExecutionEngine} that runs a verified program in one VM,
 * the optional {@link org.runavm.kernel.exec.TierCompiler} that compiles its hot functions, and the
 * {@link org.runavm.kernel.exec.VmContext} through which an engine reaches the VM's other services.
 *
 * <p>Tiering: the interpreter counts calls and loop back-edges per function; past the configured
 * threshold it offers the function to the tier compiler (the JIT bundle), and from then on calls the
 * compiled entry point. When the tier compiler goes away (its bundle stopped or updated) the engine
 * drops every compiled entry point at the next call boundary and goes on interpreting: the program
 * never notices, only its speed does.
 */
@Export
@Version("1.3.0")
package org.runavm.kernel.exec;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
