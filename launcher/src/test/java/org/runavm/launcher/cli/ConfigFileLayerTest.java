package org.runavm.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runavm.kernel.config.DistributionDefaults;
import org.runavm.kernel.config.FileSwitch;
import org.runavm.kernel.config.JitMode;
import org.runavm.kernel.config.PermissionFlag;
import org.runavm.kernel.config.Size;
import org.runavm.kernel.config.VmConfig;

class ConfigFileLayerTest {
    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        Path file = dir.resolve("config.json");
        Files.writeString(file, json);
        return file;
    }

    private VmConfig load(String json) throws Exception {
        Path file = write(json);
        return new LaunchParser(Map.of(), DistributionDefaults.STANDARD)
                .parse(Tool.RUNAVM, "--config", file.toString(), "app.runab").config();
    }

    private String error(String json) throws IOException {
        Path file = write(json);
        UsageException e = assertThrows(UsageException.class, () -> new LaunchParser(Map.of(),
                DistributionDefaults.STANDARD).parse(Tool.RUNAVM, "--config", file.toString(), "app.runab"));
        return e.getMessage().replace(file.toString(), "config.json");
    }

    @Test
    void readsAFullExampleConfigFile() throws Exception {
        VmConfig c = load("""
                {"gc-max-heap": "1g", "jit": "on", "sandbox": true, "allow-fs": ["read:/data"]}""");
        assertEquals(Size.GIB, c.gcMaxHeap());
        assertEquals(JitMode.ON, c.jit());
        assertTrue(c.sandbox());
        assertEquals(List.of(new PermissionFlag("allow-fs", "read:/data")), c.permissions());
    }

    @Test
    void everyValueTypeHasItsJsonForm() throws Exception {
        VmConfig c = load("""
                {"gc-initial-heap": 1048576, "threads": 8, "no-jit": true, "profile-gen": true,
                 "profile-memory": "heap.json", "allow-env": true, "allow-net": "localhost:8080",
                 "deny-sys": true, "allow-user": false, "log-level": "info", "snapshot-main": "initialize",
                 "create-snapshot": "/abs/app.snapshot", "gc-log": false}""");
        assertEquals(Size.MIB, c.gcInitialHeap());
        assertEquals(OptionalInt.of(8), c.threads());
        assertEquals(JitMode.OFF, c.jit());
        assertEquals(FileSwitch.ON, c.profileGen());
        assertEquals(FileSwitch.of(dir.resolve("heap.json")), c.profileMemory());
        assertEquals(List.of(new PermissionFlag("allow-env", ""), new PermissionFlag("allow-net", "localhost:8080"),
                new PermissionFlag("deny-sys", "")), c.permissions());
        assertEquals(Optional.of(Path.of("/abs/app.snapshot")), c.createSnapshot());
    }

    @Test
    void relativeFilesAreRelativeToTheConfigFile() throws Exception {
        VmConfig c = load("{\"security-policy\": \"policies/web.json\", \"audit-log\": \"audit.jsonl\"}");
        assertEquals(Optional.of(dir.resolve("policies/web.json")), c.securityPolicy());
        assertEquals(Optional.of(dir.resolve("audit.jsonl")), c.auditLog());
    }

    @Test
    void unknownKeysAreRejectedWithASuggestion() throws Exception {
        assertEquals("config.json: unknown key \"gc-max-heep\" (did you mean \"gc-max-heap\"?)",
                error("{\"gc-max-heep\": \"1g\"}"));
        assertEquals("config.json: unknown key \"colour\"", error("{\"colour\": \"blue\"}"));
        assertEquals("config.json: unknown key \"config\"", error("{\"config\": \"other.json\"}"));
    }

    @Test
    void wrongTypesNameTheKey() throws Exception {
        assertEquals("config.json: key \"sandbox\": expected true or false, got a string", error("{\"sandbox\": \"yes\"}"));
        assertEquals("config.json: key \"threads\": expected a whole number, got a string", error("{\"threads\": \"4\"}"));
        assertEquals("config.json: key \"threads\": expected a whole number, got a number", error("{\"threads\": 1.5}"));
        assertEquals("config.json: key \"jit\": expected a string, got a boolean", error("{\"jit\": true}"));
        assertEquals("config.json: key \"allow-fs\": expected a string or an array of strings, got a boolean",
                error("{\"allow-fs\": true}"));
        assertEquals("config.json: key \"allow-fs\": expected a string or an array of strings, got a number",
                error("{\"allow-fs\": [\"/a\", 3]}"));
        assertEquals("config.json: key \"allow-sys\": expected true or false, got a string", error("{\"allow-sys\": \"os\"}"));
        assertEquals("config.json: key \"gc-max-heap\": expected a size such as \"128m\" or a number of bytes, got null",
                error("{\"gc-max-heap\": null}"));
    }

    @Test
    void badValuesNameTheKey() throws Exception {
        assertEquals("config.json: key \"gc-max-heap\": invalid size '12x' (expected a number with an optional k, m "
                + "or g suffix, e.g. 128m)", error("{\"gc-max-heap\": \"12x\"}"));
        assertEquals("config.json: key \"optimize\": value 4 is out of range (expected from 0 to 3)",
                error("{\"optimize\": 4}"));
        assertEquals("config.json: key \"jit\": invalid value 'fast' (expected one of: off, on, aggressive)",
                error("{\"jit\": \"fast\"}"));
        assertEquals("config.json: key \"no-jit\": conflicts with --jit on", error("{\"jit\": \"on\", \"no-jit\": true}"));
    }

    @Test
    void malformedJsonGivesTheLine() throws Exception {
        String message = error("{\n  \"jit\": \"on\",\n  \"sandbox\" true\n}");
        assertTrue(message.startsWith("config.json: malformed JSON at line 3, column "), message);
        assertEquals("config.json: expected a JSON object whose keys are option names", error("[\"jit\"]"));
        assertEquals("config.json: expected a JSON object whose keys are option names", error(""));
        assertEquals("config.json: malformed JSON at line 2, column 9: key \"jit\" is given more than once",
                error("{\"jit\": \"on\",\n \"jit\": \"off\"}"));
        assertEquals("config.json: malformed JSON at line 1, column 13: Unexpected end-of-input: expected close "
                + "marker for Object", error("{\"jit\": \"on\""));
        String trailing = error("{\"jit\": \"on\"} x");
        assertTrue(trailing.startsWith("config.json: malformed JSON at line 1, column 1"), trailing);
        assertTrue(trailing.contains("Unrecognized token 'x'"), trailing);
        assertTrue(!trailing.contains("Source"), trailing);
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.json");
        UsageException e = assertThrows(UsageException.class, () -> new LaunchParser(Map.of(),
                DistributionDefaults.STANDARD).parse(Tool.RUNAVM, "--config=" + missing, "app.runab"));
        assertEquals(missing + ": cannot read the config file (no such file)", e.getMessage());
    }
}
