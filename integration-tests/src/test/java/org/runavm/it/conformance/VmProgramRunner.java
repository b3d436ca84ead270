package org.runavm.it.conformance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.runavm.kernel.RunaVm;
import org.runavm.kernel.RunaVmFactory;
import org.runavm.kernel.VmStreams;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.compile.CompilationException;
import org.runavm.kernel.compile.Diagnostic;
import org.runavm.kernel.compile.SourceFile;
import org.runavm.kernel.config.VmConfig;
import org.runavm.kernel.exec.ExecutionResult;

/**
 * Runs a corpus program in a fresh VM of a booted distribution, exactly as {@code runavm FILE.runa}
 * does but in process: compile errors are rendered like the launcher renders them (each diagnostic
 * with its source line and caret, then the count) with status 3; an uncaught error's report goes to
 * standard error. Standard input is empty.
 *
 * <p>The program is compiled under its corpus name ({@code area/NAME.runa}), and the directory it
 * lives in is the VM's library path, so {@code Import "lib/x.runa"} finds the corpus's helper modules
 * whatever the working directory.
 */
final class VmProgramRunner implements ProgramRunner {
    /** A guard against a program that never ends, not a performance bound. */
    private static final long TIMEOUT_SECONDS = 120;
    /** How much of a stuck program's stack a timeout reports. */
    private static final int STUCK_FRAMES = 25;

    private final RunaVmFactory factory;
    private final Combination combination;

    VmProgramRunner(RunaVmFactory factory, Combination combination) {
        this.factory = factory;
        this.combination = combination;
    }

    @Override
    public Outcome run(CorpusCase program) throws Exception {
        Thread[] runner = new Thread[1];
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "conformance " + program.name());
            thread.setDaemon(true);
            runner[0] = thread;
            return thread;
        });
        try {
            Future<Outcome> outcome = executor.submit(() -> runNow(program));
            return outcome.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError(program.name() + " did not finish in " + TIMEOUT_SECONDS + " s; it was at:"
                    + whereItIs(runner[0]));
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            executor.shutdownNow();
        }
    }

    /** The top of a stuck program's Java stack, so a timeout says whether it looped, waited or crawled. */
    private static String whereItIs(Thread thread) {
        StringBuilder where = new StringBuilder();
        StackTraceElement[] frames = thread == null ? new StackTraceElement[0] : thread.getStackTrace();
        for (int i = 0; i < Math.min(frames.length, STUCK_FRAMES); i++) {
            where.append("\n\tat ").append(frames[i]);
        }
        return where.isEmpty() ? " (no stack)" : where.toString();
    }

    private Outcome runNow(CorpusCase program) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        VmConfig config = combination.configure(VmConfig.builder())
                .libraryPath(List.of(program.file().getParent()))
                .build();
        int status;
        try (RunaVm vm = factory.create(config, new VmStreams(new ByteArrayInputStream(new byte[0]), stdout, stderr))) {
            SourceFile source = new SourceFile(program.name(), program.source());
            ProgramImage image;
            try {
                image = vm.compile(source);
            } catch (CompilationException e) {
                renderDiagnostics(stderr, source, e);
                image = null;
            }
            if (image == null) {
                status = Expectation.COMPILE_ERROR;
            } else {
                ExecutionResult result = vm.run(image, program.arguments());
                result.error().ifPresent(error -> stderr.println(error.report()));
                status = result.exitStatus();
            }
        }
        stdout.flush();
        stderr.flush();
        return new Outcome(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    /** As the launcher prints them: each diagnostic with its source line and caret, then the count. */
    static void renderDiagnostics(PrintStream err, SourceFile source, CompilationException e) {
        for (Diagnostic diagnostic : e.diagnostics()) {
            err.println(diagnostic.format(source.line(diagnostic.line())));
        }
        int errors = e.diagnostics().size();
        err.println(errors == 1 ? "1 error" : errors + " errors");
    }
}
