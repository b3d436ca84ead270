package org.runavm.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** One run of a distribution jar as a separate process, as a user would start it. */
public record CommandRun(int exitStatus, String stdout, String stderr) {
    private static final long TIMEOUT_SECONDS = 120;

    /** Runs {@code command} ({@code runavm} or {@code runa}) of distribution {@code name} with {@code args}. */
    public static CommandRun of(String name, String command, Path workDir, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        return of(TIMEOUT_SECONDS, name, command, workDir, env, args);
    }

    /** As {@link #of(String, String, Path, Map, String...)}, failing when the run takes longer than {@code timeoutSeconds}. */
    public static CommandRun of(long timeoutSeconds, String name, String command, Path workDir, Map<String, String> env,
            String... args) throws IOException, InterruptedException {
        return of(builder(name, command, workDir, env, args), timeoutSeconds, "runavm " + String.join(" ", args));
    }

    /**
     * Runs the process {@code builder} describes with nothing on its standard input, failing when it
     * takes longer than {@code timeoutSeconds}; {@code description} names it in that failure.
     */
    public static CommandRun of(ProcessBuilder builder, long timeoutSeconds, String description)
            throws IOException, InterruptedException {
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(description + " did not finish in " + timeoutSeconds + " s");
        }
        return new CommandRun(process.exitValue(), out.join(), err.join());
    }

    /** The process a run starts, for a test that talks to it while it runs. */
    public static ProcessBuilder builder(String name, String command, Path workDir, Map<String, String> env,
            String... args) {
        List<String> line = new ArrayList<>();
        line.add(System.getProperty("runavm.java", Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        line.add("--sun-misc-unsafe-memory-access=allow");
        line.add("-Drunavm.command=" + command);
        line.add("-jar");
        line.add(Distributions.jar(name).toString());
        line.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(line).directory(workDir.toFile());
        builder.environment().putAll(env);
        return builder;
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
