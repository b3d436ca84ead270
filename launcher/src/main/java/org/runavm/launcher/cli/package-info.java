/**
 * The command lines of {@code runavm} and {@code runa} ({@code spec/cli.md}).
 *
 * <p>{@link org.runavm.launcher.cli.LaunchParser} turns arguments into a
 * {@link org.runavm.launcher.cli.LaunchRequest} — what to do, the layered
 * {@link org.runavm.kernel.config.VmConfig}, the program and its untouched arguments — or a
 * {@link org.runavm.launcher.cli.UsageException} (exit status 2) with a one-line reason naming the flag,
 * variable or config-file key. Every VM option is declared once, in {@code OptionCatalog}; the command
 * line, config files, the environment and {@code --help} are derived from that table.
 *
 * <p>Private to the launcher bundle: nothing here is exported.
 */
package org.runavm.launcher.cli;
