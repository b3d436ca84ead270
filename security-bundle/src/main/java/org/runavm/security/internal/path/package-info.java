/**
 * Canonical paths: absolute, {@code ..} removed, symlinks resolved component by component, so that
 * what the policy judges is what the operating system would open.
 */
package org.runavm.security.internal.path;
