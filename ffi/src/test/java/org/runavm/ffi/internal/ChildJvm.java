package org.runavm.ffi.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a JVM of the running JDK and collects what it wrote: for behaviour only a fresh process shows. */
final class ChildJvm {
    record Result(int exit, String out, String err) {
    }

    private ChildJvm() {
    }

    /** Runs {@code java arguments...} with no input; stdout and stderr are pipes. */
    static Result run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(arguments));
        Process child = new ProcessBuilder(command).start();
        child.getOutputStream().close();
        // stderr is small; read it after stdout, which the child closes at exit
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(2, TimeUnit.MINUTES), "the child JVM ended");
        return new Result(child.exitValue(), out, err);
    }

    /** The class path of this test run. */
    static String classPath() {
        return System.getProperty("java.class.path");
    }
}
