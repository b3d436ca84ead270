package org.runavm.it.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One program of the corpus and what it must produce, read from its files:
 * {@code NAME.runa} (the program), {@code NAME.out} (standard output; required),
 * {@code NAME.err} (standard error; absent means empty), {@code NAME.status} (exit status; absent
 * means 0) and {@code NAME.args} (program arguments, one per line; absent means none). A
 * {@code NAME.command} file marks a program that must run as a separate process ({@link #runsAsCommand}).
 *
 * @param name the path relative to the corpus root with {@code /} separators
 *     ({@code lexical/escapes.runa}); it is also the file name the program is compiled under, so
 *     expected stack traces and compile errors name it exactly like that
 * @param file the program's absolute path
 * @param source the program text
 * @param expected what it must produce
 * @param arguments the program arguments
 */
public record CorpusCase(String name, Path file, String source, Expectation expected, List<String> arguments) {
    public CorpusCase {
        arguments = List.copyOf(arguments);
    }

    /** Reads the program {@code file} of the corpus rooted at {@code root} with its expectation files. */
    public static CorpusCase read(Path root, Path file) throws IOException {
        String name = root.relativize(file).toString().replace('\\', '/');
        String base = file.getFileName().toString();
        if (!base.endsWith(".runa")) {
            throw new IllegalArgumentException("not a Runa program: " + file);
        }
        String stem = base.substring(0, base.length() - ".runa".length());
        Path out = file.resolveSibling(stem + ".out");
        if (!Files.isRegularFile(out)) {
            throw new IOException(name + " has no " + stem + ".out (every program states its standard output, even empty)");
        }
        String stderr = readIfPresent(file.resolveSibling(stem + ".err"), "");
        String status = readIfPresent(file.resolveSibling(stem + ".status"), "0").strip();
        String args = readIfPresent(file.resolveSibling(stem + ".args"), "");
        int exitStatus;
        try {
            exitStatus = Integer.parseInt(status);
        } catch (NumberFormatException e) {
            throw new IOException(name + ": " + stem + ".status must hold an exit status, not '" + status + "'", e);
        }
        Expectation expected = new Expectation(Files.readString(out, StandardCharsets.UTF_8), stderr, exitStatus);
        return new CorpusCase(name, file, Files.readString(file, StandardCharsets.UTF_8), expected, args.lines().toList());
    }

    /**
     * Whether the program runs only as a separate {@code runavm} process ({@code NAME.command} holds the
     * reason): output that C writes itself goes to the process's standard output, which an in-process
     * run cannot capture.
     */
    public boolean runsAsCommand() {
        String base = file.getFileName().toString();
        return Files.isRegularFile(file.resolveSibling(base.substring(0, base.length() - ".runa".length()) + ".command"));
    }

    /** The area the program belongs to: its first directory ({@code lexical}). */
    public String area() {
        int slash = name.indexOf('/');
        return slash < 0 ? "" : name.substring(0, slash);
    }

    private static String readIfPresent(Path path, String absent) throws IOException {
        return Files.isRegularFile(path) ? Files.readString(path, StandardCharsets.UTF_8) : absent;
    }
}
