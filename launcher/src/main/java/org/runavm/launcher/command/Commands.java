package org.runavm.launcher.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.runavm.kernel.RunaVm;
import org.runavm.kernel.RunaVmFactory;
import org.runavm.kernel.VmCreationException;
import org.runavm.kernel.VmStreams;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.compile.CompilationException;
import org.runavm.kernel.compile.CompileOptions;
import org.runavm.kernel.compile.Compiler;
import org.runavm.kernel.compile.SourceFile;
import org.runavm.kernel.config.DistributionDefaults;
import org.runavm.kernel.config.VmConfig;
import org.runavm.kernel.exec.ExecutionResult;
import org.runavm.kernel.loader.Loader;
import org.runavm.kernel.loader.VerificationException;
import org.runavm.launcher.cli.HelpText;
import org.runavm.launcher.cli.LaunchParser;
import org.runavm.launcher.cli.LaunchRequest;
import org.runavm.launcher.cli.Tool;
import org.runavm.launcher.cli.UsageException;

/**
 * One invocation of {@code runavm} or {@code runa}: parses the command line, does what it asks, and
 * returns the exit status. Every failure becomes a message on standard error and a status of
 * {@code cli.md}; nothing escapes as a Java exception.
 */
final class Commands {
    private final Tool tool;
    private final InstalledRuntime runtime;
    private final Map<String, String> environment;
    private final VmStreams streams;

    Commands(Tool tool, InstalledRuntime runtime, Map<String, String> environment, VmStreams streams) {
        this.tool = tool;
        this.runtime = runtime;
        this.environment = environment;
        this.streams = streams;
    }

    int execute(String[] args) {
        try {
            LaunchRequest request = new LaunchParser(environment, defaults()).parse(tool, args);
            LogLevels.apply(request.config().logLevel());
            return switch (request.action()) {
                case HELP -> print(HelpText.of(tool));
                case VERSION -> print(VersionText.of(tool, runtime) + System.lineSeparator());
                case RUN -> run(request);
                case COMPILE -> compile(request);
                case DISASSEMBLE -> disassemble(request);
                case VERIFY -> verify(request);
                case INTERACTIVE -> throw new CommandFailure(tool.command()
                        + ": --interactive needs the REPL, which this build does not include yet", ExitStatus.USAGE);
            };
        } catch (UsageException e) {
            streams.err().println(tool.command() + ": " + e.getMessage());
            streams.err().println("Run '" + tool.command() + " --help' for the list of options.");
            return e.exitStatus();
        } catch (CommandFailure e) {
            streams.err().println(e.getMessage());
            return e.exitStatus();
        } catch (VmCreationException e) {
            streams.err().println(tool.command() + ": " + e.getMessage());
            return ExitStatus.USAGE;
        } finally {
            streams.out().flush();
            streams.err().flush();
        }
    }

    private DistributionDefaults defaults() {
        return switch (runtime.distributionName()) {
            case "embedded" -> DistributionDefaults.EMBEDDED;
            case "server" -> DistributionDefaults.SERVER;
            default -> DistributionDefaults.STANDARD;
        };
    }

    private int print(String text) {
        streams.out().print(text);
        return ExitStatus.SUCCESS;
    }

    private int run(LaunchRequest request) throws CommandFailure {
        ProgramSource file = ProgramSource.read(tool.command(), request.program().orElseThrow());
        UnbuiltFeatures.warnings(tool.command(), request.config()).forEach(streams.err()::println);
        checkWritable("--profile-cpu", request.config().profileCpu(), file.path());
        checkWritable("--profile-memory", request.config().profileMemory(), file.path());
        checkWritable("--profile-gen", request.config().profileGen(), file.path());
        RunaVmFactory factory = runtime.factory().orElseThrow(() -> incomplete("a VM factory (kernel)"));
        try (RunaVm vm = factory.create(request.config(), streams);
             MonitoringServer monitor = request.config().monitoringPort().isPresent()
                     ? MonitoringServer.start(tool.command(), request.config().monitoringPort().getAsInt(),
                             file.path().toString(), vm::heapStats)
                     : null) {
            ProgramImage program = file.isBytecode() ? load(vm, file)
                    : compileOrReuse(vm, file.source(tool.command()), request.config());
            ExecutionResult result = vm.run(program, request.programArguments());
            streams.out().flush();
            result.error().ifPresent(error -> streams.err().println(error.report()));
            return result.exitStatus();
        }
    }

    /**
     * A report file the run will write must have a directory to go in, and must not be the program
     * (which it would overwrite): better told now than after a long run (exit status 2, as for any
     * other bad option value).
     */
    private void checkWritable(String option, org.runavm.kernel.config.FileSwitch report, Path program)
            throws CommandFailure {
        if (report.file().isEmpty()) {
            return;
        }
        Path file = report.file().get().toAbsolutePath();
        Path dir = file.getParent();
        String problem = dir == null || !Files.isDirectory(dir) ? "the directory " + dir + " does not exist"
                : !Files.isWritable(dir) ? "the directory " + dir + " is not writable"
                : Files.isDirectory(file) ? "it is a directory"
                : sameFile(file, program) ? "it is the program itself" : null;
        if (problem != null) {
            throw new CommandFailure(tool.command() + ": " + option + ": cannot write " + report.file().get() + ": "
                    + problem, ExitStatus.USAGE);
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false; // unreadable: the write will report it
        }
    }

    private ProgramImage load(RunaVm vm, ProgramSource file) throws CommandFailure {
        try {
            return vm.load(file.bytes(), file.path().toString());
        } catch (VerificationException e) {
            Reports.problems(streams.err(), tool.command(), e);
            throw new CommandFailure(tool.command() + ": " + file.path() + " was not run", ExitStatus.INVALID_BYTECODE);
        }
    }

    /**
     * The program compiled from {@code source}: the bytecode the compile cache kept from an earlier
     * run of the same source, options and builds ({@link CompileCache}), verified as it is loaded, or
     * else compiled now and kept for the next run.
     */
    private ProgramImage compileOrReuse(RunaVm vm, SourceFile source, VmConfig config) throws CommandFailure {
        Optional<CompileCache> cache = CompileCache.open(environment, runtime.cacheDirectory());
        if (cache.isEmpty()) {
            return compile(vm, source);
        }
        String key = CompileCache.key(source, CompileOptions.forRun(config), runtime.builds());
        Optional<byte[]> kept = cache.get().lookup(key);
        if (kept.isPresent()) {
            try {
                return vm.load(kept.get(), source.path());
            } catch (VerificationException e) {
                cache.get().forget(key); // damaged: compile it again below
            }
        }
        ProgramImage image = compile(vm, source);
        // the VM compiled it, so this runtime has a loader: the write to the cache never waits long
        runtime.loader().ifPresent(loader -> cache.get().store(key, loader.write(image)));
        return image;
    }

    private ProgramImage compile(RunaVm vm, SourceFile source) throws CommandFailure {
        try {
            return vm.compile(source);
        } catch (CompilationException e) {
            Reports.diagnostics(streams.err(), source, e);
            throw new CommandFailure(tool.command() + ": " + source.path() + " was not run", ExitStatus.COMPILE_ERROR);
        }
    }

    private int compile(LaunchRequest request) throws CommandFailure {
        Path input = request.program().orElseThrow();
        ProgramSource file = ProgramSource.read(tool.command(), input);
        Compiler compiler = runtime.compiler().orElseThrow(() -> incomplete("a compiler"));
        Loader loader = runtime.loader().orElseThrow(() -> incomplete("a bytecode loader"));
        if (request.compile().aot()) {
            throw new CommandFailure(tool.command() + ": --aot needs ahead-of-time code generation from the JIT,"
                    + " which this build does not include yet", ExitStatus.USAGE);
        }
        SourceFile source = file.source(tool.command());
        ProgramImage image;
        try {
            image = compiler.compile(source, new CompileOptions(
                    request.config().optimize(), request.compile().debugInfo(), false));
        } catch (CompilationException e) {
            Reports.diagnostics(streams.err(), source, e);
            return ExitStatus.COMPILE_ERROR;
        }
        Path output = request.compile().outputFor(input);
        // a sibling file created like any other (so it gets the user's usual permissions), then renamed
        // over the output: an interrupted or failed compile never leaves a truncated FILE.runab
        Path tmp = output.resolveSibling("." + output.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.write(tmp, loader.write(image));
            Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the write already failed; the message below is what matters
            }
            throw new CommandFailure(tool.command() + ": cannot write " + output + ": " + e.getMessage(), ExitStatus.USAGE);
        }
        return ExitStatus.SUCCESS;
    }

    private int disassemble(LaunchRequest request) throws CommandFailure {
        ProgramImage image = verified(request);
        try {
            runtime.loader().orElseThrow().disassemble(image, streams.out());
        } catch (IOException e) {
            throw new CommandFailure(tool.command() + ": cannot print the disassembly: " + e.getMessage(), ExitStatus.USAGE);
        }
        return ExitStatus.SUCCESS;
    }

    private int verify(LaunchRequest request) throws CommandFailure {
        ProgramImage image = verified(request);
        streams.out().println(request.program().orElseThrow() + ": valid (format 1.2, "
                + image.functions().size() + " functions)");
        return ExitStatus.SUCCESS;
    }

    /** Reads and verifies a bytecode file; a source file is compiled first, so it can be inspected too. */
    private ProgramImage verified(LaunchRequest request) throws CommandFailure {
        ProgramSource file = ProgramSource.read(tool.command(), request.program().orElseThrow());
        Loader loader = runtime.loader().orElseThrow(() -> incomplete("a bytecode loader"));
        if (!file.isBytecode()) {
            Compiler compiler = runtime.compiler().orElseThrow(() -> incomplete("a compiler"));
            SourceFile source = file.source(tool.command());
            try {
                ProgramImage image = compiler.compile(source, CompileOptions.DEFAULTS);
                loader.verify(image, source.path());
                return image;
            } catch (CompilationException e) {
                Reports.diagnostics(streams.err(), source, e);
                throw new CommandFailure(tool.command() + ": " + source.path() + " does not compile", ExitStatus.COMPILE_ERROR);
            } catch (VerificationException e) {
                Reports.problems(streams.err(), tool.command(), e);
                throw new CommandFailure(tool.command() + ": internal compiler error", ExitStatus.INVALID_BYTECODE);
            }
        }
        try {
            return loader.load(file.bytes(), file.path().toString());
        } catch (VerificationException e) {
            Reports.problems(streams.err(), tool.command(), e);
            throw new CommandFailure(tool.command() + ": " + file.path() + " was rejected", ExitStatus.INVALID_BYTECODE);
        }
    }

    private CommandFailure incomplete(String what) {
        return new CommandFailure(tool.command() + ": the '" + runtime.distributionName() + "' runtime has no " + what
                + " installed (its bundle is missing or stopped)", ExitStatus.USAGE);
    }
}
