/**
 * The security bundle's implementation of the kernel's {@code SecurityPolicyFactory}: {@link
 * org.runavm.security.internal.SecurityPolicyComponent} is the thin DS component, {@link
 * org.runavm.security.internal.PolicyFactory} assembles a policy from flags, policy file, limits and
 * audit sinks, and {@link org.runavm.security.internal.VmSecurityPolicy} is the per-VM policy.
 *
 * <p>Invariant: a check reads one immutable rule set; nothing in a check locks or blocks, except the
 * audit file's write lock.
 */
package org.runavm.security.internal;
