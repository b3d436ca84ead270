/**
 * The configuration of one VM instance: every option of the {@code runavm} command line as a typed,
 * validated, immutable {@link org.runavm.kernel.config.VmConfig}.
 *
 * <p>Invariants: a {@code VmConfig} only exists once {@link org.runavm.kernel.config.VmConfig.Builder}
 * has checked every range and every combination (initial heap &lt;= maximum heap, young size &lt;
 * maximum heap, heap within the memory limit ...). Every rejection is a
 * {@link org.runavm.kernel.config.ConfigException} whose message starts with the command-line flag it
 * concerns, so the command line, a JSON config file and the embedding API all report the same text.
 *
 * <p>Sizes are bytes ({@link org.runavm.kernel.config.Size}). Values this package does not interpret —
 * the grammar of {@code --allow-fs} and its siblings — are kept raw, in order, as
 * {@link org.runavm.kernel.config.PermissionFlag}s for the security bundle to parse.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.runavm.kernel.config;
