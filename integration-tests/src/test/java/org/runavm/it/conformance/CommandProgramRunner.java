package org.runavm.it.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a corpus program through the real {@code runavm} command of a distribution jar, in a separate
 * JVM, from the corpus root with the program's corpus name as its path, so file names in stack traces
 * and compile errors read exactly as in the in-process runs and relative imports resolve.
 */
final class CommandProgramRunner implements ProgramRunner {
    /** A guard against a program that never ends, not a performance bound. */
    private static final long TIMEOUT_SECONDS = 120;

    private final Path root;
    private final Combination combination;
    private final Path cache;

    CommandProgramRunner(Path root, Combination combination, Path cache) {
        this.root = root;
        this.combination = combination;
        this.cache = cache;
    }

    @Override
    public Outcome run(CorpusCase program) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        line.add(System.getProperty("runavm.java", Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // As the runavm script starts it: Felix reads a static field through sun.misc.Unsafe, and the
        // JDK's deprecation warning about it would otherwise be part of every program's standard error.
        line.add("--sun-misc-unsafe-memory-access=allow");
        line.add("-Drunavm.command=runavm");
        line.add("-jar");
        line.add(CorpusFramework.jar(combination.distribution()).toString());
        line.addAll(List.of(combination.flags()));
        line.add(program.name());
        line.addAll(program.arguments());
        ProcessBuilder builder = new ProcessBuilder(line).directory(root.toFile());
        builder.environment().put("RUNAVM_CACHE_DIR", cache.toString());
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("runavm " + program.name() + " did not finish in " + TIMEOUT_SECONDS + " s");
        }
        return new Outcome(out.join(), err.join(), process.exitValue());
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
