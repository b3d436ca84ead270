package org.runavm.bytecode.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.runavm.bytecode.internal.disasm.Disassembler;
import org.runavm.bytecode.internal.format.FormatException;
import org.runavm.bytecode.internal.format.RunabReader;
import org.runavm.bytecode.internal.format.RunabWriter;
import org.runavm.bytecode.internal.verify.Verifier;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.loader.Loader;
import org.runavm.kernel.loader.VerificationException;
import org.runavm.kernel.loader.VerificationProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Loader}: reads with {@link RunabReader}, then verifies with {@link Verifier}; prints
 * with {@link Disassembler}. A plain class, so tests use it without a framework.
 */
public final class RunabLoader implements Loader {

    private static final Logger LOG = LoggerFactory.getLogger(RunabLoader.class);

    @Override
    public ProgramImage load(byte[] bytes, String origin) throws VerificationException {
        RunabReader.Result read;
        try {
            read = new RunabReader().read(bytes);
        } catch (RuntimeException e) {
            throw internal(origin, e);
        }
        if (!read.ok()) {
            List<VerificationProblem> problems = new ArrayList<>();
            for (FormatException f : read.problems()) {
                problems.add(new VerificationProblem(f.section(), null, f.offset(), f.getMessage()));
            }
            throw new VerificationException(origin, problems);
        }
        verify(read.image(), origin);
        LOG.debug("loaded {}: {}", origin, read.image());
        return read.image();
    }

    @Override
    public void verify(ProgramImage image, String origin) throws VerificationException {
        List<VerificationProblem> problems;
        try {
            problems = new Verifier().verify(image);
        } catch (RuntimeException e) {
            throw internal(origin, e);
        }
        if (!problems.isEmpty()) {
            throw new VerificationException(origin, problems);
        }
    }

    /**
     * The reader and verifier are written never to throw; should one still do so, the file is
     * rejected rather than half-trusted, and the cause is logged for the maintainers.
     */
    private static VerificationException internal(String origin, RuntimeException e) {
        LOG.error("verifier failure on {}", origin, e);
        return new VerificationException(origin, List.of(new VerificationProblem("file", null, -1,
                "cannot be verified (" + e.getClass().getSimpleName() + ")")));
    }

    @Override
    public byte[] write(ProgramImage image) {
        return new RunabWriter().write(image);
    }

    @Override
    public void disassemble(ProgramImage image, Appendable out) throws IOException {
        new Disassembler().disassemble(image, out);
    }
}
