package org.runavm.launcher.cli;

/**
 * One option value from one configuration layer, still raw.
 *
 * <p>{@code value} is: {@code "true"}/{@code "false"} for a switch; for an optional-file option
 * {@code null} (off), {@code ""} (on, default file) or the file; for a permission flag its SPEC or
 * {@code ""}; otherwise the text as given.
 *
 * @param origin where it came from, to prefix errors: empty for the command line (whose errors already
 *               start with the flag), {@code RUNAVM_JIT}, or {@code config.json: key "jit"}
 */
record Setting(VmOption option, String value, String origin) {
}
