/**
 * The security contract between a VM instance and the bundle that enforces its sandbox.
 *
 * <p>The JDK has no SecurityManager, so the VM enforces capabilities itself: every
 * capability-bearing operation (file system, network, processes, environment, system information,
 * user data, FFI, devices, clock, randomness) asks the VM's {@link
 * org.runavm.kernel.security.SecurityPolicy} before it happens, usually through {@link
 * org.runavm.kernel.security.SecurityPolicy#require}. A denial is a {@link
 * org.runavm.kernel.security.SecurityViolation}, which engines turn into the Runa
 * {@code SecurityError}; the operation must then have had no side effect.
 *
 * <p>Each VM instance gets its own policy from the {@link
 * org.runavm.kernel.security.SecurityPolicyFactory} service, built from {@link
 * org.runavm.kernel.security.SandboxSettings} (sandbox on or off, permission flags, a JSON policy
 * file, resource limits, an audit log). Invariants every implementation keeps:
 * <ul>
 *   <li>the most specific matching rule decides; between equally specific allow and deny, deny wins;
 *   <li>in a sandbox, a request no rule matches is denied (except {@code time} and {@code random},
 *       which are allowed unless denied); without a sandbox it is allowed;
 *   <li>paths are judged in canonical form (absolute, {@code ..} removed, symlinks resolved);
 *   <li>checks are thread-safe, and a rule change applies to the next check;
 *   <li>every decision reaches the audit sink when one is configured.
 * </ul>
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.runavm.kernel.security;
