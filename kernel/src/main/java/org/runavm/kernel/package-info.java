/**
 * The VM lifecycle: {@link org.runavm.kernel.RunaVmFactory}, the service through which the command
 * line, plugin hosts and embedders create {@link org.runavm.kernel.RunaVm} instances.
 *
 * <p>Every VM instance is isolated: its own heap (with its exact limit), scheduler, security policy,
 * globals and native-module bindings. Instances share only the services, which are stateless or keep
 * per-instance state. A VM resolves its services when it is created, so a bundle updated in the
 * running framework is used by the VMs created afterwards.
 */
@Export
@Version("1.0.0")
package org.runavm.kernel;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
