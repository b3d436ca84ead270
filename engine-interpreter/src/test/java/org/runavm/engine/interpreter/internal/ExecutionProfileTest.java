package org.runavm.engine.interpreter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runavm.kernel.bytecode.CodeAssembler;
import org.runavm.kernel.bytecode.Opcode;
import org.runavm.kernel.bytecode.ProgramBuilder;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.config.FileSwitch;
import org.runavm.kernel.config.JitMode;
import org.runavm.kernel.config.VmConfig;
import org.runavm.kernel.exec.CompilationRequest;
import org.runavm.kernel.exec.CompiledCode;
import org.runavm.kernel.exec.TierCompiler;

class ExecutionProfileTest {
    @TempDir
    Path dir;

    /** {@code <main>} calls {@code twice} three times and {@code once} once. */
    private static ProgramImage program(int onceResult) {
        ProgramBuilder b = new ProgramBuilder();
        var main = b.function("<main>");
        var twice = b.function("twice");
        twice.code().emit(Opcode.LOAD_INT, 2).emit(Opcode.RETURN);
        var once = b.function("once");
        once.code().emit(Opcode.LOAD_INT, onceResult).emit(Opcode.RETURN);
        CodeAssembler m = main.code();
        for (int i = 0; i < 3; i++) {
            m.emit(Opcode.CALL_KNOWN, twice.id(), 0).emit(Opcode.POP);
        }
        m.emit(Opcode.CALL_KNOWN, once.id(), 0).emit(Opcode.DISPLAY).emit(Opcode.RETURN_NULL);
        return b.build();
    }

    /** A tier that declines everything, remembering how often each function had run when it was offered. */
    private static final class RecordingTier implements TierCompiler {
        final Map<Integer, Long> offeredAfterCalls = new ConcurrentHashMap<>();

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public Optional<CompiledCode> compile(CompilationRequest request) {
            offeredAfterCalls.put(request.functionId(), request.profile().calls());
            return Optional.empty();
        }
    }

    private static TestVm vm(VmConfig config, TierCompiler tier) {
        TestVm vm = new TestVm(16L << 20);
        vm.config = config;
        vm.tier = tier;
        return vm;
    }

    /**
     * A VM with {@code --profile-use} of {@code run.profile}, recorded by running {@code recorded} first;
     * aggressive, so the tier compiles on the calling thread, at a threshold of max(1, 20 / 10) = 2.
     */
    private TestVm usingProfileOf(ProgramImage recorded, TierCompiler tier) {
        Path file = dir.resolve("run.profile");
        vm(VmConfig.builder().jit(JitMode.OFF).profileGen(FileSwitch.of(file)).build(), null).execute(recorded, 1000, List.of());
        return vm(VmConfig.builder().jit(JitMode.AGGRESSIVE).jitThreshold(20).profileUse(FileSwitch.of(file)).build(), tier);
    }

    @Test
    void aRecordedProfileHasTheCallsOfEveryFunction() throws Exception {
        Path file = dir.resolve("run.profile");
        TestVm vm = vm(VmConfig.builder().jit(JitMode.OFF).profileGen(FileSwitch.of(file)).build(), null);

        assertEquals("1\n", vm.execute(program(1), 1000, List.of()).out());

        JsonNode profile = new ObjectMapper().readTree(file.toFile());
        assertEquals(ExecutionProfile.FORMAT, profile.get("format").asText());
        assertEquals(64, profile.get("code_sha256").asText().length());
        JsonNode functions = profile.get("functions");
        assertEquals("twice", functions.get(1).get("name").asText());
        assertEquals(3, functions.get(1).get("calls").asLong());
        assertEquals(1, functions.get(2).get("calls").asLong());
        assertEquals(0, functions.get(2).get("back_edges").asLong());
    }

    @Test
    void aUsedProfileHasTheHotFunctionsCompiledBeforeTheirFirstCall() throws Exception {
        RecordingTier tier = new RecordingTier();
        TestVm vm = usingProfileOf(program(1), tier);

        assertEquals("1\n", vm.execute(program(1), 1000, List.of()).out());

        assertEquals(0L, tier.offeredAfterCalls.get(1), "twice (3 calls in the profile) was offered before it ran,"
                + " and not again at its threshold");
        assertTrue(!tier.offeredAfterCalls.containsKey(2) || tier.offeredAfterCalls.get(2) > 0,
                "once (1 call) was not offered from the profile: " + tier.offeredAfterCalls);
        assertEquals("", vm.err.toString(), "no warning");
    }

    @Test
    void aProfileOfOtherCodeIsNotUsedAndSaysSo() throws Exception {
        RecordingTier tier = new RecordingTier();
        TestVm vm = usingProfileOf(program(1), tier);
        Path file = dir.resolve("run.profile");

        assertEquals("7\n", vm.execute(program(7), 1000, List.of()).out(), "the program still runs");

        assertTrue(vm.err.toString().startsWith("runavm: warning: --profile-use: " + file
                + " was recorded for other code than "), vm.err.toString());
        assertTrue(vm.err.toString().endsWith("; running without it\n"), vm.err.toString());
        assertTrue(tier.offeredAfterCalls.values().stream().allMatch(calls -> calls > 0),
                "nothing offered before it ran: " + tier.offeredAfterCalls);
    }

    @Test
    void aMissingOrBrokenProfileOrTheJitOffIsAWarningNotAFailure() throws Exception {
        Path missing = dir.resolve("missing.profile");
        TestVm vm = vm(VmConfig.builder().jit(JitMode.ON).profileUse(FileSwitch.of(missing)).build(), new RecordingTier());
        assertEquals("1\n", vm.execute(program(1), 1000, List.of()).out());
        assertEquals("runavm: warning: --profile-use: " + missing
                + " does not exist (record it with --profile-gen); running without it\n", vm.err.toString());

        Path broken = Files.writeString(dir.resolve("broken.profile"), "{\"format\": \"runavm-execution-profile\", ");
        vm = vm(VmConfig.builder().jit(JitMode.ON).profileUse(FileSwitch.of(broken)).build(), new RecordingTier());
        assertEquals("1\n", vm.execute(program(1), 1000, List.of()).out());
        assertTrue(vm.err.toString().startsWith("runavm: warning: --profile-use: " + broken + " is not a profile ("),
                vm.err.toString());

        Path other = Files.writeString(dir.resolve("other.json"), "{\"format\": \"something else\", \"functions\": []}");
        vm = vm(VmConfig.builder().jit(JitMode.ON).profileUse(FileSwitch.of(other)).build(), new RecordingTier());
        vm.execute(program(1), 1000, List.of());
        assertEquals("runavm: warning: --profile-use: " + other
                + " is not a profile written by --profile-gen; running without it\n", vm.err.toString());

        vm = vm(VmConfig.builder().jit(JitMode.OFF).profileUse(FileSwitch.of(missing)).build(), null);
        vm.execute(program(1), 1000, List.of());
        assertEquals("runavm: warning: --profile-use has no effect with the JIT off: " + missing + " is not read\n",
                vm.err.toString());
    }
}
