/** The {@code --audit-log} file: one JSON line per decision, appended and flushed at once. */
package org.runavm.security.internal.audit;
