package org.runavm.launcher.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Reads one command's flags with picocli and records every occurrence in order.
 *
 * <p>Two rules picocli does not have are applied first, by {@link #normalize}: an optional value is
 * only taken in the {@code --flag=value} form (so {@code runavm --profile-gen prog.runab} runs
 * {@code prog.runab} rather than writing a profile to it), and a required value may not be a
 * {@code --flag} (so {@code --jit --gc-log} reports the missing value instead of swallowing a flag).
 * Positional arguments never reach picocli: with {@code stopAtPositional}, everything from the first
 * one on is left untouched — the program and its arguments.
 */
final class FlagParser {
    /** One flag occurrence: name without dashes; value {@code null} for a switch. */
    record Occurrence(String name, String value) {
    }

    /** The flags in command-line order and the positional arguments. */
    record Result(List<Occurrence> flags, List<String> positionals) {
    }

    private final String command;
    private final Map<String, FlagDef> defs = new LinkedHashMap<>();
    private final boolean stopAtPositional;

    FlagParser(String command, List<FlagDef> flags, boolean stopAtPositional) {
        this.command = command;
        flags.forEach(f -> defs.put(f.name(), f));
        this.stopAtPositional = stopAtPositional;
    }

    Result parse(List<String> args) throws UsageException {
        List<String> positionals = new ArrayList<>();
        List<String> normalized = normalize(args, positionals);
        List<Occurrence> flags = new ArrayList<>();
        CommandLine commandLine = new CommandLine(spec(flags));
        commandLine.setExpandAtFiles(false); // "@file" is an ordinary argument, never expanded
        try {
            commandLine.parseArgs(normalized.toArray(String[]::new));
        } catch (CommandLine.UnmatchedArgumentException e) {
            String unmatched = e.getUnmatched().isEmpty() ? "" : e.getUnmatched().getFirst();
            throw unknown(unmatched);
        } catch (CommandLine.ParameterException e) {
            throw new UsageException(e.getMessage());
        }
        checkRepeats(flags);
        return new Result(List.copyOf(flags), List.copyOf(positionals));
    }

    /**
     * Returns the flags in picocli's attached form ({@code --flag=value}) and moves the positional
     * arguments to {@code positionals}: with {@code stopAtPositional} the first one and everything
     * after it, otherwise each one; after {@code --} everything.
     */
    private List<String> normalize(List<String> args, List<String> positionals) throws UsageException {
        List<String> out = new ArrayList<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                positionals.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (!arg.startsWith("--")) {
                if (arg.startsWith("-") && !arg.equals("-")) {
                    throw unknown(arg);
                }
                if (stopAtPositional) {
                    positionals.addAll(args.subList(i, args.size()));
                    break;
                }
                positionals.add(arg);
                continue;
            }
            int eq = arg.indexOf('=');
            String name = arg.substring(2, eq < 0 ? arg.length() : eq);
            FlagDef def = defs.get(name);
            if (def == null) {
                throw unknown(arg);
            }
            if (eq >= 0) {
                if (def.arity() == ValueType.Arity.NONE) {
                    throw new UsageException("--" + name + ": takes no value (got '" + arg.substring(eq + 1) + "')");
                }
                out.add(arg);
            } else if (def.arity() == ValueType.Arity.OPTIONAL) {
                out.add(arg + "="); // on, without a value
            } else if (def.arity() == ValueType.Arity.REQUIRED) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new UsageException("--" + name + ": missing value");
                }
                out.add(arg + "=" + args.get(++i));
            } else {
                out.add(arg);
            }
        }
        return out;
    }

    private CommandSpec spec(List<Occurrence> flags) {
        CommandSpec spec = CommandSpec.create().name(command);
        spec.parser().overwrittenOptionsAllowed(true); // repeats are judged by checkRepeats
        for (FlagDef def : defs.values()) {
            boolean takesValue = def.arity() != ValueType.Arity.NONE;
            spec.addOption(OptionSpec.builder("--" + def.name())
                    .arity(takesValue ? "1" : "0")
                    .type(takesValue ? String.class : boolean.class)
                    .parameterConsumer((stack, argSpec, commandSpec) ->
                            flags.add(new Occurrence(def.name(), takesValue ? stack.pop() : null)))
                    .build());
        }
        return spec;
    }

    private void checkRepeats(List<Occurrence> flags) throws UsageException {
        Set<String> seen = new HashSet<>();
        for (Occurrence o : flags) {
            if (!seen.add(o.name()) && !defs.get(o.name()).repeatable()) {
                throw new UsageException("--" + o.name() + ": given more than once");
            }
        }
    }

    private UsageException unknown(String arg) {
        int eq = arg.indexOf('=');
        String flag = eq < 0 ? arg : arg.substring(0, eq);
        List<String> known = defs.keySet().stream().map(n -> "--" + n).toList();
        return new UsageException("unknown option '" + flag + "'" + Suggestions.hint(flag, known));
    }
}
