package org.runavm.stdlib.system.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;
import org.runavm.kernel.security.Permission;

/**
 * {@code run(command_list, input, timeout_ms)}: starts the program directly (no shell), in the VM's
 * working directory with the VM's environment, feeds it {@code input} (or an empty standard input),
 * waits (at most {@code timeout_ms}, after which the child is killed and {@code TimeoutError} raised),
 * and returns a Map {@code exit}, {@code stdout}, {@code stderr} (Text; bytes that are not UTF-8
 * become U+FFFD). Both output streams are drained at once, so a child that fills one pipe while the
 * other is read cannot deadlock. A non-zero exit is a result, not an error.
 */
final class ProcessRunner {
    private ProcessRunner() {
    }

    static void run(NativeCall call) {
        List<String> command = command(call);
        call.environment().security().require(Permission.PROCESS, command.getFirst());
        byte[] input = call.argumentCount() > 1 && !call.isNull(1)
                ? call.text(1).getBytes(StandardCharsets.UTF_8) : new byte[0];
        long timeoutMs = call.argumentCount() > 2 && !call.isNull(2) ? call.integer(2) : 0;
        if (timeoutMs < 0) {
            throw new NativeError("ValueError", "system.run: timeout " + timeoutMs + " ms is negative (0 waits forever)");
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(call.environment().workingDirectory().toFile());
        builder.environment().clear();
        builder.environment().putAll(call.environment().environment());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new NativeError("IOError", "system.run: cannot start " + command.getFirst() + ": " + reason(e));
        }
        try {
            call.returnValue(collect(process, input, timeoutMs, command.getFirst()));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new NativeError("CancelledError", "system.run: interrupted while " + command.getFirst() + " ran");
        }
    }

    private static List<String> command(NativeCall call) {
        if (!(call.argument(0) instanceof List<?> list)) {
            throw new NativeError("TypeError", "system.run expects a List of Text, not " + call.typeName(0));
        }
        if (list.isEmpty()) {
            throw new NativeError("ValueError", "system.run: the command list is empty");
        }
        List<String> command = new ArrayList<>();
        for (Object part : list) {
            if (!(part instanceof String s)) {
                throw new NativeError("TypeError", "system.run: every element of the command must be Text");
            }
            command.add(s);
        }
        return command;
    }

    private static Map<Object, Object> collect(Process process, byte[] input, long timeoutMs, String program)
            throws InterruptedException {
        FutureTask<byte[]> stderr = drain(process.getErrorStream());
        FutureTask<Void> stdin = new FutureTask<>(() -> {
            try (OutputStream in = process.getOutputStream()) {
                in.write(input);
            } catch (IOException e) {
                // the child exited without reading its input: that is its choice, not an error
            }
            return null;
        });
        Thread.ofVirtual().start(stdin);
        FutureTask<byte[]> stdout = drain(process.getInputStream());
        if (timeoutMs > 0 && !process.waitFor(timeoutMs, TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new NativeError("TimeoutError", "system.run: " + program + " did not finish within " + timeoutMs + " ms");
        }
        int exit = process.waitFor();
        Map<Object, Object> result = new LinkedHashMap<>();
        result.put("exit", (long) exit);
        result.put("stdout", text(stdout));
        result.put("stderr", text(stderr));
        return result;
    }

    private static FutureTask<byte[]> drain(InputStream stream) {
        FutureTask<byte[]> task = new FutureTask<>(() -> {
            try (InputStream in = stream) {
                return in.readAllBytes();
            }
        });
        Thread.ofVirtual().start(task);
        return task;
    }

    private static String text(FutureTask<byte[]> output) throws InterruptedException {
        try {
            return new String(output.get(), StandardCharsets.UTF_8);
        } catch (ExecutionException e) {
            throw new NativeError("IOError", "system.run: reading the output failed: " + e.getCause().getMessage());
        }
    }

    private static String reason(IOException e) {
        String message = String.valueOf(e.getMessage());
        int colon = message.lastIndexOf("error=");
        return colon >= 0 ? message.substring(colon) : message;
    }
}
