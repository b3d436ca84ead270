package org.runavm.launcher.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one command's flags against its option table and records every occurrence in order.
 *
 * <p>The rules (docs/decisions/061, 131): flags are long ({@code --name}); an optional value is only
 * taken in the {@code --flag=value} form (so {@code runavm --profile-gen prog.runab} runs
 * {@code prog.runab} rather than writing a profile to it); a required value is the next argument or
 * follows {@code =}, and may not be a {@code --flag} unless attached (so {@code --jit --gc-log} reports
 * the missing value instead of swallowing a flag); a switch takes no value; {@code --} ends the flags;
 * {@code @file} is an ordinary argument. With {@code stopAtPositional}, everything from the first
 * positional argument on is left untouched: the program and its arguments.
 */
final class FlagParser {
    /** One flag occurrence: name without dashes; value {@code null} for a switch. */
    record Occurrence(String name, String value) {
    }

    /** The flags in command-line order and the positional arguments. */
    record Result(List<Occurrence> flags, List<String> positionals) {
    }

    private final Map<String, FlagDef> defs = new LinkedHashMap<>();
    private final boolean stopAtPositional;

    FlagParser(List<FlagDef> flags, boolean stopAtPositional) {
        flags.forEach(f -> defs.put(f.name(), f));
        this.stopAtPositional = stopAtPositional;
    }

    Result parse(List<String> args) throws UsageException {
        List<String> positionals = new ArrayList<>();
        List<Occurrence> flags = new ArrayList<>();
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
            String value = null; // a switch, or an optional value left out
            if (eq >= 0) {
                if (def.arity() == ValueType.Arity.NONE) {
                    throw new UsageException("--" + name + ": takes no value (got '" + arg.substring(eq + 1) + "')");
                }
                value = arg.substring(eq + 1);
            } else if (def.arity() == ValueType.Arity.OPTIONAL) {
                value = ""; // on, with its default
            } else if (def.arity() == ValueType.Arity.REQUIRED) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new UsageException("--" + name + ": missing value");
                }
                value = args.get(++i);
            }
            flags.add(new Occurrence(name, value));
        }
        checkRepeats(flags);
        return new Result(List.copyOf(flags), List.copyOf(positionals));
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
