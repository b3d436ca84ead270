package org.runavm.launcher.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.runavm.kernel.config.VmConfig;

/**
 * A parsed and validated command line: what to do, with which configuration, on which file.
 *
 * @param tool             the command that was run
 * @param action           what it asks for
 * @param config           the VM configuration after layering (command line, environment, config file,
 *                         distribution defaults)
 * @param program          the program to run, the file to disassemble, verify or compile; empty for
 *                         {@link Action#INTERACTIVE}, {@link Action#HELP} and {@link Action#VERSION}
 * @param programArguments the arguments after the program, untouched (only for {@link Action#RUN})
 * @param compile          the {@code runa compile} flags ({@link CompileOptions#DEFAULT} otherwise)
 */
public record LaunchRequest(Tool tool, Action action, VmConfig config, Optional<Path> program,
        List<String> programArguments, CompileOptions compile) {
    public LaunchRequest {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(program, "program");
        programArguments = List.copyOf(programArguments);
        Objects.requireNonNull(compile, "compile");
    }
}
