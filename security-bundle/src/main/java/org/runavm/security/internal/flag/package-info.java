/** The {@code --allow-*} and {@code --deny-*} flag grammar of {@code spec/cli.md}, turned into rules. */
package org.runavm.security.internal.flag;
