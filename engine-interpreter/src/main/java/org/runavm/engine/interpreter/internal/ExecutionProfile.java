package org.runavm.engine.interpreter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.runavm.kernel.config.FileSwitch;
import org.runavm.kernel.config.JitMode;
import org.runavm.kernel.config.VmConfig;

/**
 * Profile-guided optimization ({@code --profile-gen[=FILE]}, {@code --profile-use[=FILE]}): a run with
 * {@code --profile-gen} writes, when it ends, how often each function of the main program was called
 * and looped; a later run of the same program with {@code --profile-use} hands the functions that
 * reached the JIT threshold in that run to the tier compiler as soon as the program is loaded, so they
 * run compiled from their first calls instead of after {@code --jit-threshold} interpreted ones.
 *
 * <p>The profile is a JSON object ({@link #FORMAT}, version {@link #VERSION}) naming the program, the
 * SHA-256 of its code and, per function, its id, name, calls and loop back-edges. Without a FILE the
 * profile is {@code PROGRAM.profile} beside the program. A profile that is missing, unreadable, of
 * another format, or recorded for different code is not used: the run goes on as without it, after one
 * warning line on standard error; so is one given while the JIT is off, which has nothing to compile.
 */
final class ExecutionProfile {
    static final String FORMAT = "runavm-execution-profile";
    static final int VERSION = 1;

    private ExecutionProfile() {
    }

    /** Writes the profile of the run's main program, if {@code --profile-gen} asked for one. */
    static void recordIfAsked(Vm vm) {
        FileSwitch option = ProfileReport.option(vm, VmConfig::profileGen);
        Program program = vm.main;
        if (!option.enabled() || program == null) {
            return;
        }
        ProfileReport.writeJson(vm, "--profile-gen", file(option, program), json -> {
            json.writeStringField("format", FORMAT);
            json.writeNumberField("version", VERSION);
            json.writeStringField("code_sha256", codeHash(program));
            json.writeArrayFieldStart("functions");
            for (Fn fn : program.fns) {
                json.writeStartObject();
                json.writeNumberField("id", fn.info.id());
                json.writeStringField("name", fn.name);
                json.writeNumberField("calls", fn.calls);
                json.writeNumberField("back_edges", fn.backEdges);
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    /** Offers the tier compiler every function of {@code program} that the {@code --profile-use} profile found hot. */
    static void applyIfAsked(Vm vm, Program program) {
        FileSwitch option = ProfileReport.option(vm, VmConfig::profileUse);
        if (!option.enabled()) {
            return;
        }
        Path file = file(option, program);
        if (vm.ctx.config().jit() == JitMode.OFF) {
            warn(vm, "--profile-use has no effect with the JIT off: " + file + " is not read");
            return;
        }
        JsonNode profile;
        try (InputStream in = Files.newInputStream(file)) {
            profile = new ObjectMapper().readTree(in);
        } catch (NoSuchFileException e) {
            warn(vm, "--profile-use: " + file + " does not exist (record it with --profile-gen); running without it");
            return;
        } catch (IOException e) {
            warn(vm, "--profile-use: " + file + " is not a profile (" + firstLine(e.getMessage()) + "); running without it");
            return;
        }
        String problem = problem(profile, program);
        if (problem != null) {
            warn(vm, "--profile-use: " + file + " " + problem + "; running without it");
            return;
        }
        for (JsonNode f : profile.get("functions")) {
            int id = f.path("id").asInt(-1);
            long count = f.path("calls").asLong(0) + f.path("back_edges").asLong(0);
            if (id >= 0 && id < program.fns.length && count >= vm.tiering.threshold) {
                vm.tiering.offer(program.fns[id]);
            }
        }
    }

    /** What makes {@code profile} unusable for {@code program}, or null. */
    private static String problem(JsonNode profile, Program program) {
        if (profile == null || !FORMAT.equals(profile.path("format").asText()) || !profile.path("functions").isArray()) {
            return "is not a profile written by --profile-gen";
        }
        if (profile.path("version").asInt() != VERSION) {
            return "has version " + profile.path("version").asText() + ", this VM reads version " + VERSION;
        }
        if (!codeHash(program).equals(profile.path("code_sha256").asText())) {
            return "was recorded for other code than " + program.path + " (recompiled or changed since)";
        }
        return null;
    }

    /** The profile's file: the option's FILE, else {@code PROGRAM.profile} beside the program. */
    static Path file(FileSwitch option, Program program) {
        return option.file().orElseGet(() -> Path.of(program.path + ".profile"));
    }

    private static String codeHash(Program program) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(program.image.code()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static void warn(Vm vm, String message) {
        PrintStream err = vm.ctx.streams().err();
        err.println("runavm: warning: " + message);
        err.flush();
    }
}
