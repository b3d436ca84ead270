package org.runavm.kernel;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.compile.CompilationException;
import org.runavm.kernel.compile.SourceFile;
import org.runavm.kernel.config.VmConfig;
import org.runavm.kernel.exec.ExecutionResult;
import org.runavm.kernel.heap.HeapStats;
import org.runavm.kernel.loader.VerificationException;
import org.runavm.kernel.security.SecurityPolicy;

/** One isolated Runa virtual machine. Thread-safe; close it to release its heap and threads. */
@ProviderType
public interface RunaVm extends AutoCloseable {
    VmConfig config();

    /**
     * Compiles Runa source to a verified program.
     *
     * @throws CompilationException with every diagnostic of the file
     * @throws VmCreationException when this runtime has no compiler
     */
    ProgramImage compile(SourceFile source) throws CompilationException;

    /**
     * Reads and verifies a {@code .runab} file's bytes.
     *
     * @throws VerificationException listing every problem
     */
    ProgramImage load(byte[] bytes, String origin) throws VerificationException;

    /** Runs a program to its end; never throws for anything the program does. */
    ExecutionResult run(ProgramImage program, List<String> arguments);

    /** This VM's security policy; embedders may adjust it while the VM runs. */
    SecurityPolicy security();

    HeapStats heapStats();

    @Override
    void close();
}
