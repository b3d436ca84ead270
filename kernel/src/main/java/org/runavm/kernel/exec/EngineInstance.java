package org.runavm.kernel.exec;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.runavm.kernel.bytecode.ProgramImage;

/** An engine bound to one VM: it owns that VM's globals, loaded modules and mutator threads. */
@ProviderType
public interface EngineInstance extends AutoCloseable {
    /**
     * Runs {@code program}: its top-level statements in order, then {@code main} as {@code cli.md}'s
     * "Program entry" says. Never throws for anything the program does: Runa errors, exhausted limits
     * and engine faults all come back as the result.
     *
     * @param arguments the program arguments ({@code main}'s List of Text)
     */
    ExecutionResult run(ProgramImage program, List<String> arguments);

    /** Stops every task of this VM and releases its threads. */
    @Override
    void close();
}
