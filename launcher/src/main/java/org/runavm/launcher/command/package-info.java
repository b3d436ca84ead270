/**
 * Private: what the {@code runavm} and {@code runa} commands do once their command line is parsed —
 * run, compile, verify and disassemble programs, print help and version — with the exit statuses of
 * {@code cli.md}. The two command services are the boot launcher's entry into the framework.
 */
package org.runavm.launcher.command;
