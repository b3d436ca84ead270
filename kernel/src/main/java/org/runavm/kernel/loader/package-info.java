/**
 * Loading {@code .runab} programs: the {@link org.runavm.kernel.loader.Loader} service reads and
 * verifies bytes into a {@link org.runavm.kernel.bytecode.ProgramImage}, or rejects them with every
 * {@link org.runavm.kernel.loader.VerificationProblem} found.
 *
 * <p>Invariant: nothing but a {@link org.runavm.kernel.loader.VerificationException} ever comes out
 * of loading, whatever the bytes; an image that comes out has passed every check of the format
 * specification, so engines index its tables without checking again.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.runavm.kernel.loader;
