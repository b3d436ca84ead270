package org.runavm.kernel.loader;

import java.io.IOException;

import org.osgi.annotation.versioning.ProviderType;
import org.runavm.kernel.bytecode.ProgramImage;

/**
 * Reads, verifies and prints {@code .runab} programs. Provided by the bytecode bundle.
 */
@ProviderType
public interface Loader {

    /**
     * Reads and verifies a program.
     *
     * @param bytes  the file's content
     * @param origin a name for messages (usually the file path)
     * @return the verified program
     * @throws VerificationException listing every problem, when the bytes are not a valid program
     */
    ProgramImage load(byte[] bytes, String origin) throws VerificationException;

    /**
     * Verifies an image built in memory (by the compiler) exactly as {@link #load} would verify it.
     *
     * @throws VerificationException listing every problem
     */
    void verify(ProgramImage image, String origin) throws VerificationException;

    /** Writes an image in the {@code .runab} 1.2 layout. */
    byte[] write(ProgramImage image);

    /** Prints every function with offsets, instructions, operands, source lines and meanings. */
    void disassemble(ProgramImage image, Appendable out) throws IOException;
}
