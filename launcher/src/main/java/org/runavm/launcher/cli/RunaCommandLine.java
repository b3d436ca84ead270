package org.runavm.launcher.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.runavm.kernel.config.ConfigException;
import org.runavm.kernel.config.DistributionDefaults;
import org.runavm.kernel.config.VmConfig;

/** {@code runa compile ...}, {@code runa disassemble FILE}, {@code runa --help|--version}. */
final class RunaCommandLine {
    private static final List<String> COMMANDS = List.of("compile", "disassemble");
    private static final String USAGE = "runa compile FILE.runa, runa disassemble FILE.runab or runa --help";

    private RunaCommandLine() {
    }

    static LaunchRequest parse(List<String> args, DistributionDefaults distribution) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException("missing command (" + USAGE + ")");
        }
        String command = args.getFirst();
        List<String> rest = args.subList(1, args.size());
        return switch (command) {
            case "compile" -> compile(rest, distribution);
            case "disassemble" -> disassemble(rest, distribution);
            default -> {
                if (command.startsWith("-")) {
                    yield topLevel(args, distribution);
                }
                throw new UsageException("unknown command '" + command + "'"
                        + Suggestions.hint(command, COMMANDS) + " (" + USAGE + ")");
            }
        };
    }

    private static LaunchRequest topLevel(List<String> args, DistributionDefaults distribution) throws UsageException {
        FlagParser.Result parsed = new FlagParser(List.of(FlagDef.flag("help"), FlagDef.flag("version")),
                false).parse(args);
        if (!parsed.positionals().isEmpty()) {
            throw new UsageException("unexpected argument '" + parsed.positionals().getFirst() + "' (" + USAGE + ")");
        }
        boolean help = parsed.flags().stream().anyMatch(o -> o.name().equals("help"));
        return request(help ? Action.HELP : Action.VERSION, build(distribution.newBuilder()), Optional.empty(),
                CompileOptions.DEFAULT);
    }

    private static LaunchRequest compile(List<String> args, DistributionDefaults distribution) throws UsageException {
        FlagParser.Result parsed = new FlagParser(List.of(FlagDef.value("output"),
                FlagDef.value("optimize"), FlagDef.flag("aot"), FlagDef.flag("no-debug-info"), FlagDef.flag("help")),
                false).parse(args);
        VmConfig.Builder builder = distribution.newBuilder();
        Optional<Path> output = Optional.empty();
        boolean aot = false;
        boolean debugInfo = true;
        for (FlagParser.Occurrence o : parsed.flags()) {
            switch (o.name()) {
                case "help" -> {
                    return request(Action.HELP, build(distribution.newBuilder()), Optional.empty(),
                            CompileOptions.DEFAULT);
                }
                case "output" -> output = Optional.of(LaunchParser.path("--output", o.value()));
                case "optimize" -> {
                    try {
                        builder.optimize(Values.intValue("--optimize", o.value()));
                    } catch (ConfigException e) {
                        throw new UsageException(e.getMessage());
                    }
                }
                case "aot" -> aot = true;
                default -> debugInfo = false;
            }
        }
        Path source = single(parsed.positionals(), "FILE.runa");
        if (!source.toString().endsWith(".runa")) {
            throw new UsageException("source '" + source + "': expected a .runa file");
        }
        return request(Action.COMPILE, build(builder), Optional.of(source), new CompileOptions(output, aot, debugInfo));
    }

    private static LaunchRequest disassemble(List<String> args, DistributionDefaults distribution)
            throws UsageException {
        FlagParser.Result parsed = new FlagParser(List.of(FlagDef.flag("help")), false).parse(args);
        if (!parsed.flags().isEmpty()) {
            return request(Action.HELP, build(distribution.newBuilder()), Optional.empty(), CompileOptions.DEFAULT);
        }
        Path file = single(parsed.positionals(), "FILE.runab");
        return request(Action.DISASSEMBLE, build(distribution.newBuilder()), Optional.of(file), CompileOptions.DEFAULT);
    }

    private static Path single(List<String> positionals, String what) throws UsageException {
        if (positionals.isEmpty()) {
            throw new UsageException("missing " + what + " (" + USAGE + ")");
        }
        if (positionals.size() > 1) {
            throw new UsageException("unexpected argument '" + positionals.get(1) + "' (only one " + what + ")");
        }
        return LaunchParser.path(what, positionals.getFirst());
    }

    private static VmConfig build(VmConfig.Builder builder) throws UsageException {
        try {
            return builder.build();
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static LaunchRequest request(Action action, VmConfig config, Optional<Path> file, CompileOptions compile) {
        return new LaunchRequest(Tool.RUNA, action, config, file, List.of(), compile);
    }
}
