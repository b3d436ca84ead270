package org.runavm.launcher.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.runavm.kernel.config.ConfigException;
import org.runavm.kernel.config.DistributionDefaults;
import org.runavm.kernel.config.VmConfig;

/**
 * The entry point of the command line: turns the arguments of {@code runavm} or {@code runa} into a
 * {@link LaunchRequest}, or a {@link UsageException} with a one-line reason (exit status 2).
 *
 * <p>The VM configuration is layered: command line &gt; environment &gt; config file ({@code --config},
 * else {@code RUNAVM_CONFIG}) &gt; the distribution's defaults. The environment is a parameter so that
 * callers (and tests) decide what it is; the launcher passes {@link System#getenv()}.
 * {@code runa} reads only its own flags: the compiler does not consult the environment or config files.
 */
public final class LaunchParser {

    private final Map<String, String> environment;
    private final DistributionDefaults distribution;

    /**
     * @param environment  the process environment ({@code RUNAVM_*} variables are read from it)
     * @param distribution the defaults of the distribution being launched
     */
    public LaunchParser(Map<String, String> environment, DistributionDefaults distribution) {
        this.environment = Map.copyOf(environment);
        this.distribution = Objects.requireNonNull(distribution, "distribution");
    }

    /** Parses the arguments of {@code tool} (without the command name itself). */
    public LaunchRequest parse(Tool tool, String... args) throws UsageException {
        return parse(tool, Arrays.asList(args));
    }

    /** Parses the arguments of {@code tool} (without the command name itself). */
    public LaunchRequest parse(Tool tool, List<String> args) throws UsageException {
        return tool == Tool.RUNA ? RunaCommandLine.parse(args, distribution) : parseRunavm(args);
    }

    private LaunchRequest parseRunavm(List<String> args) throws UsageException {
        List<FlagDef> defs = new ArrayList<>(List.of(FlagDef.flag("help"), FlagDef.flag("version"),
                FlagDef.value("config"), FlagDef.flag("interactive"), FlagDef.value("disassemble"),
                FlagDef.value("verify")));
        OptionCatalog.all().forEach(o -> defs.add(FlagDef.of(o)));
        FlagParser.Result parsed = new FlagParser(defs, true).parse(args);

        List<Setting> commandLine = new ArrayList<>();
        Optional<String> configFlag = Optional.empty();
        List<FlagParser.Occurrence> actions = new ArrayList<>();
        boolean help = false;
        boolean version = false;
        for (FlagParser.Occurrence o : parsed.flags()) {
            switch (o.name()) {
                case "help" -> help = true;
                case "version" -> version = true;
                case "config" -> configFlag = Optional.of(o.value());
                case "interactive", "disassemble", "verify" -> actions.add(o);
                default -> commandLine.add(commandLineSetting(OptionCatalog.get(o.name()), o.value()));
            }
        }
        if (help || version) {
            return new LaunchRequest(Tool.RUNAVM, help ? Action.HELP : Action.VERSION, defaults(),
                    Optional.empty(), List.of(), CompileOptions.DEFAULT);
        }
        Action action = Action.RUN;
        Optional<Path> program = Optional.empty();
        List<String> positionals = parsed.positionals();
        List<String> programArguments = List.of();
        if (actions.size() > 1) {
            throw new UsageException("--" + actions.get(1).name() + ": cannot be combined with --"
                    + actions.get(0).name());
        }
        if (!actions.isEmpty()) {
            FlagParser.Occurrence a = actions.getFirst();
            if (!positionals.isEmpty()) {
                throw new UsageException("unexpected argument '" + positionals.getFirst() + "' (--" + a.name()
                        + (a.value() == null ? " takes no program)" : " takes one FILE)"));
            }
            action = switch (a.name()) {
                case "interactive" -> Action.INTERACTIVE;
                case "disassemble" -> Action.DISASSEMBLE;
                default -> Action.VERIFY;
            };
            program = a.value() == null ? Optional.empty() : Optional.of(path("--" + a.name(), a.value()));
        } else {
            if (positionals.isEmpty()) {
                throw new UsageException("missing program (usage: runavm [options] <program.runab | program.runa> "
                        + "[program arguments], or runavm --help)");
            }
            String file = positionals.getFirst();
            if (!file.endsWith(".runab") && !file.endsWith(".runa")) {
                throw new UsageException("program '" + file + "': expected a .runab or .runa file");
            }
            program = Optional.of(path("program", file));
            programArguments = positionals.subList(1, positionals.size());
        }
        VmConfig config = layeredConfig(commandLine, configFlag);
        return new LaunchRequest(Tool.RUNAVM, action, config, program, programArguments, CompileOptions.DEFAULT);
    }

    /** A switch is "true", but a permission switch ({@code --allow-sys}) is a flag without value. */
    private static Setting commandLineSetting(VmOption option, String value) {
        String raw = value != null ? value : option.type().permission() ? "" : "true";
        return new Setting(option, raw, "");
    }

    private VmConfig layeredConfig(List<Setting> commandLine, Optional<String> configFlag) throws UsageException {
        EnvironmentLayer env = new EnvironmentLayer(environment);
        Optional<String> configName = configFlag.isPresent() ? configFlag : env.configFile();
        Optional<Path> configFile = configName.isEmpty() ? Optional.empty()
                : Optional.of(path(configFlag.isPresent() ? "--config" : EnvironmentLayer.CONFIG, configName.get()));
        ConfigLayers layers = new ConfigLayers(distribution);
        if (configFile.isPresent()) {
            layers.add(ConfigFileLayer.read(configFile.get()));
        }
        layers.add(env.settings()).add(commandLine);
        return layers.build(configFile, env.home(), env.libraryPath(), env.gcDebug());
    }

    private VmConfig defaults() throws UsageException {
        try {
            return distribution.newBuilder().build();
        } catch (ConfigException e) {
            throw new UsageException("distribution " + distribution.name() + ": " + e.getMessage());
        }
    }

    static Path path(String what, String text) throws UsageException {
        try {
            return Values.path(what, text);
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
