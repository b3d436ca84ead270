package org.runavm.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runavm.kernel.config.CollectorChoice;
import org.runavm.kernel.config.DistributionDefaults;
import org.runavm.kernel.config.JitMode;
import org.runavm.kernel.config.LogLevel;
import org.runavm.kernel.config.PermissionFlag;
import org.runavm.kernel.config.Size;
import org.runavm.kernel.config.VmConfig;

/** command line > environment > config file > distribution defaults, option by option. */
class ConfigLayersTest {
    private static final DistributionDefaults DISTRIBUTION = DistributionDefaults.of("test",
            b -> b.gcMaxHeap(32 * Size.MIB).logLevel(LogLevel.ERROR).jit(JitMode.AGGRESSIVE));

    @TempDir
    Path dir;

    private VmConfig config(Map<String, String> env, String... args) throws UsageException {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("app.runab");
        return new LaunchParser(env, DISTRIBUTION).parse(Tool.RUNAVM, all).config();
    }

    private Path configFile(String name, String json) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, json);
        return file;
    }

    @Test
    void eachLayerOverridesTheOneBelow() throws Exception {
        Path file = configFile("c.json", "{\"gc-max-heap\": \"64m\", \"log-level\": \"warn\", \"jit\": \"off\"}");
        Map<String, String> env = Map.of("RUNAVM_MEMORY_MAX", "128m", "RUNAVM_LOG_LEVEL", "info", "RUNAVM_JIT", "on");
        String cfg = "--config=" + file;

        VmConfig all = config(env, cfg, "--gc-max-heap=256m", "--log-level=debug", "--jit=aggressive");
        assertEquals(256 * Size.MIB, all.gcMaxHeap());
        assertEquals(LogLevel.DEBUG, all.logLevel());
        assertEquals(JitMode.AGGRESSIVE, all.jit());

        VmConfig noCommandLine = config(env, cfg);
        assertEquals(128 * Size.MIB, noCommandLine.gcMaxHeap());
        assertEquals(LogLevel.INFO, noCommandLine.logLevel());
        assertEquals(JitMode.ON, noCommandLine.jit());

        VmConfig fileOnly = config(Map.of(), cfg);
        assertEquals(64 * Size.MIB, fileOnly.gcMaxHeap());
        assertEquals(LogLevel.WARN, fileOnly.logLevel());
        assertEquals(JitMode.OFF, fileOnly.jit());

        VmConfig defaults = config(Map.of());
        assertEquals(32 * Size.MIB, defaults.gcMaxHeap());
        assertEquals(LogLevel.ERROR, defaults.logLevel());
        assertEquals(JitMode.AGGRESSIVE, defaults.jit());
    }

    @Test
    void theSecurityPolicyFileFollowsTheSameOrder() throws Exception {
        Path file = configFile("c.json", "{\"security-policy\": \"/from/file.json\"}");
        Map<String, String> env = Map.of("RUNAVM_SECURITY_POLICY", "/from/env.json", "RUNAVM_CONFIG", file.toString());
        assertEquals(Optional.of(Path.of("/from/cli.json")),
                config(env, "--security-policy=/from/cli.json").securityPolicy());
        assertEquals(Optional.of(Path.of("/from/env.json")), config(env).securityPolicy());
        assertEquals(Optional.of(Path.of("/from/file.json")),
                config(Map.of("RUNAVM_CONFIG", file.toString())).securityPolicy());
    }

    @Test
    void theConfigFlagWinsOverRunavmConfig() throws Exception {
        Path fromEnv = configFile("env.json", "{\"threads\": 2}");
        Path fromFlag = configFile("flag.json", "{\"threads\": 3}");
        Map<String, String> env = Map.of("RUNAVM_CONFIG", fromEnv.toString());
        assertEquals(2, config(env).threads().getAsInt());
        assertEquals(Optional.of(fromEnv), config(env).configFile());
        assertEquals(3, config(env, "--config", fromFlag.toString()).threads().getAsInt());
    }

    @Test
    void aHigherLayerReplacesAPermissionFlagsValues() throws Exception {
        Path file = configFile("c.json", "{\"allow-fs\": [\"read:/a\", \"read:/b\"], \"deny-fs\": \"/a/secret\"}");
        VmConfig c = config(Map.of(), "--config=" + file, "--allow-fs=write:/tmp");
        assertEquals(List.of(new PermissionFlag("deny-fs", "/a/secret"), new PermissionFlag("allow-fs", "write:/tmp")),
                c.permissions());
    }

    @Test
    void noJitAndJitAreOneOptionAcrossLayers() throws Exception {
        Path file = configFile("c.json", "{\"no-jit\": true}");
        assertEquals(JitMode.ON, config(Map.of(), "--config=" + file, "--jit=on").jit());
        assertEquals(JitMode.OFF, config(Map.of("RUNAVM_JIT", "on"), "--no-jit").jit());
        assertEquals(JitMode.OFF, config(Map.of(), "--config=" + file).jit());
    }

    @Test
    void embeddedFromAnyLayerSelectsTheEmbeddedDefaults() throws Exception {
        Path file = configFile("c.json", "{\"embedded\": true}");
        VmConfig c = config(Map.of(), "--config=" + file);
        assertTrue(c.embedded());
        assertTrue(c.sandbox());
        assertEquals(CollectorChoice.COMPACT, c.collector());
        assertEquals(16 * Size.MIB, c.gcMaxHeap());
        UsageException e = assertThrows(UsageException.class, () -> config(Map.of(), "--config=" + file, "--gc-initial-heap=32m"));
        assertEquals("--gc-initial-heap: 32m is larger than the maximum heap 16m (--gc-max-heap)", e.getMessage());
    }

    @Test
    void theEmbeddedProfileKeepsItsSandbox() throws Exception {
        Path file = configFile("c.json", "{\"sandbox\": false}");
        UsageException e = assertThrows(UsageException.class, () -> config(Map.of(), "--config=" + file, "--embedded"));
        assertEquals("--sandbox: cannot be turned off in the embedded profile (--embedded)", e.getMessage());
        assertEquals(false, config(Map.of(), "--config=" + file).sandbox());
    }

    @Test
    void environmentErrorsNameTheVariable() {
        UsageException jit = assertThrows(UsageException.class, () -> config(Map.of("RUNAVM_JIT", "fast")));
        assertEquals("RUNAVM_JIT (--jit): invalid value 'fast' (expected one of: off, on, aggressive)", jit.getMessage());
        UsageException size = assertThrows(UsageException.class, () -> config(Map.of("RUNAVM_MEMORY_MAX", "12x")));
        assertEquals("RUNAVM_MEMORY_MAX (--gc-max-heap): invalid size '12x' (expected a number with an optional k, m "
                + "or g suffix, e.g. 128m)", size.getMessage());
        UsageException missing = assertThrows(UsageException.class,
                () -> config(Map.of("RUNAVM_CONFIG", dir.resolve("gone.json").toString())));
        assertTrue(missing.getMessage().endsWith("gone.json: cannot read the config file (no such file)"));
    }

    @Test
    void homeAndLibraryPathComeFromTheEnvironment() throws UsageException {
        Map<String, String> env = new HashMap<>();
        env.put("RUNAVM_HOME", "/opt/runavm");
        env.put("RUNAVM_LIBRARY_PATH", "/app/lib::/usr/lib/runa");
        env.put("RUNAVM_LOG_LEVEL", "");
        VmConfig c = config(env);
        assertEquals(Optional.of(Path.of("/opt/runavm")), c.home());
        assertEquals(List.of(Path.of("/app/lib"), Path.of("/usr/lib/runa")), c.libraryPath());
        assertEquals(LogLevel.ERROR, c.logLevel()); // an empty variable is unset
    }

    @Test
    void heapChecksComeFromTheEnvironment() throws UsageException {
        VmConfig none = config(Map.of());
        assertEquals(false, none.gcVerify() || none.gcStress());
        VmConfig both = config(Map.of("RUNAVM_GC_DEBUG", "stress, verify"));
        assertTrue(both.gcVerify() && both.gcStress());
        VmConfig verify = config(Map.of("RUNAVM_GC_DEBUG", "verify"));
        assertTrue(verify.gcVerify() && !verify.gcStress());
        UsageException bad = assertThrows(UsageException.class, () -> config(Map.of("RUNAVM_GC_DEBUG", "verfy")));
        assertEquals("RUNAVM_GC_DEBUG: unknown heap check 'verfy' (expected verify, stress or both, comma-separated)",
                bad.getMessage());
    }
}
