package org.runavm.launcher.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The {@code --help} and {@code --version} texts. The runavm help is generated from
 * {@link OptionCatalog}, grouped like cli.md's table, so every option it parses is listed and nothing
 * else is.
 */
public final class HelpText {
    private static final int WIDTH = 100;
    private static final int COLUMN = 32;

    private HelpText() {
    }

    /** The help of {@code tool}, ending with a newline. */
    public static String of(Tool tool) {
        return tool == Tool.RUNA ? runa() : runavm();
    }

    /** One line: the command, the RunaVM version and the bytecode format it reads and writes. */
    public static String version(Tool tool) {
        return tool.command() + " " + projectVersion() + " (Runa bytecode format 1.2, Java "
                + Runtime.version().feature() + ")";
    }

    private static String runavm() {
        StringBuilder out = new StringBuilder();
        out.append("""
                Usage: runavm [options] <program.runab | program.runa> [program arguments]
                       runavm --interactive              start the REPL
                       runavm --disassemble FILE.runab   print the bytecode
                       runavm --verify FILE.runab        exit 0 if valid; otherwise print every problem, exit 4

                A .runa program is compiled in memory and run. Options go before the program; every argument
                after the program is passed to it unchanged. A flag takes its value as "--flag value" or
                "--flag=value"; a flag shown as --flag[=VALUE] takes a value only in the "=" form.
                """);
        section(out, OptionGroup.COMMON.heading(), List.of(
                row("--help", "Show this help and exit."),
                row("--version", "Show the version and exit."),
                row("--config FILE", "Read options from a JSON object whose keys are the flag names "
                        + "without dashes, e.g. {\"gc-max-heap\": \"1g\", \"sandbox\": true}."),
                row("--interactive", "Start the REPL (no program)."),
                row("--disassemble FILE", "Print the bytecode of FILE (no program)."),
                row("--verify FILE", "Verify FILE: exit 0 if valid, otherwise list every problem and exit 4.")));
        for (OptionGroup group : OptionGroup.values()) {
            List<String[]> rows = new ArrayList<>();
            OptionCatalog.all().stream().filter(o -> o.group() == group)
                    .forEach(o -> rows.add(row(o.synopsis(), o.description())));
            if (!rows.isEmpty()) {
                section(out, group.heading(), rows);
            }
        }
        out.append("\nSIZE is a number with an optional k, m or g suffix (128m, 1g).\n");
        section(out, "Environment (command line > environment > config file > distribution defaults)", List.of(
                row("RUNAVM_HOME", "Installation directory."),
                row("RUNAVM_LIBRARY_PATH", "Module search path, directories separated by '" + File.pathSeparator + "'."),
                row("RUNAVM_MEMORY_MAX", "Maximum heap, as --gc-max-heap."),
                row("RUNAVM_JIT", "JIT mode, as --jit."),
                row("RUNAVM_LOG_LEVEL", "Log level, as --log-level."),
                row("RUNAVM_CONFIG", "Config file, as --config (which takes precedence)."),
                row("RUNAVM_SECURITY_POLICY", "Security policy file, as --security-policy."),
                row("RUNAVM_GC_DEBUG", "Heap checks for debugging: verify (check the heap after every collection),"
                        + " stress (collect at every allocation), or both, comma-separated."),
                row("RUNAVM_CACHE_DIR", "Where the framework state and compiled programs are cached between runs"
                        + " (default $XDG_CACHE_HOME/runavm or ~/.cache/runavm)."),
                row("RUNAVM_COMPILE_CACHE", "off: compile a .runa program on every run instead of loading the"
                        + " bytecode an earlier run of the same source kept."),
                row("RUNAVM_JAVA_OPTS", "Extra JVM options for the runavm and runa scripts.")));
        exitCodes(out, List.of(
                row("0", "Success, or the Integer result of the program's main."),
                row("1", "Uncaught Runa error."),
                row("2", "Bad command line or configuration."),
                row("3", "Compile error in a .runa program."),
                row("4", "Invalid bytecode file."),
                row("5", "A resource limit (memory, time, instructions) was exceeded and not handled.")));
        return out.toString();
    }

    private static String runa() {
        StringBuilder out = new StringBuilder();
        out.append("""
                Usage: runa compile [--output FILE.runab] [--optimize 0-3] [--aot] [--no-debug-info] FILE.runa
                       runa disassemble FILE.runab     (same as runavm --disassemble)
                       runa --help | --version
                """);
        section(out, "Compile options", List.of(
                row("--output FILE.runab", "Where to write the bytecode. Default: FILE.runab next to the source."),
                row("--optimize LEVEL", "Optimization level 0-3. Default: 2."),
                row("--aot", "Also write ahead-of-time compiled code, loaded by runavm --use-aot."),
                row("--no-debug-info", "Leave out line and column information."),
                row("--help", "Show this help and exit.")));
        section(out, "Other commands", List.of(
                row("disassemble FILE", "Print the bytecode of FILE."),
                row("--help", "Show this help and exit."),
                row("--version", "Show the version and exit.")));
        exitCodes(out, List.of(
                row("0", "Success."),
                row("2", "Bad command line."),
                row("3", "Compile error: FILE.runa:LINE:COLUMN: error: MESSAGE, the line and a caret."),
                row("4", "Invalid bytecode file (disassemble).")));
        return out.toString();
    }

    private static void exitCodes(StringBuilder out, List<String[]> rows) {
        section(out, "Exit status", rows);
    }

    private static String[] row(String left, String right) {
        return new String[] {left, right};
    }

    private static void section(StringBuilder out, String heading, List<String[]> rows) {
        out.append('\n').append(heading).append(":\n");
        for (String[] r : rows) {
            String left = "  " + r[0];
            List<String> lines = wrap(r[1], WIDTH - COLUMN);
            if (left.length() >= COLUMN) {
                out.append(left).append('\n');
                left = "";
            }
            for (String line : lines) {
                out.append(left).append(" ".repeat(COLUMN - left.length())).append(line).append('\n');
                left = "";
            }
        }
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String projectVersion() {
        try (InputStream in = HelpText.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "(unknown version)");
        } catch (IOException e) {
            return "(unknown version)";
        }
    }
}
