package org.runavm.security.internal.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runavm.kernel.security.Permission;
import org.runavm.kernel.security.PermissionRule;
import org.runavm.kernel.security.PolicyException;
import org.runavm.kernel.security.PolicySource;
import org.runavm.kernel.security.ResourceLimits;
import org.runavm.security.internal.path.PathCanonicalizer;
import org.runavm.security.internal.rule.AnyScope;
import org.runavm.security.internal.rule.EndpointScope;
import org.runavm.security.internal.rule.PathScope;
import org.runavm.security.internal.rule.Rule;
import org.runavm.security.internal.rule.ScopeParser;

class PolicyFileReaderTest {

    /** The example policy of the seed's "Security Policies" section, verbatim. */
    static final String SEED_EXAMPLE = SeedExample.text();

    @TempDir
    Path temp;

    Path root;
    PolicyFileReader reader;

    @BeforeEach
    void setUp() throws IOException {
        root = temp.toRealPath();
        PathCanonicalizer paths = new PathCanonicalizer(root);
        reader = new PolicyFileReader(new ScopeParser(paths), paths);
    }

    private PolicyDocument read(String json) throws PolicyException {
        return reader.read(PolicySource.text("policy.json", json));
    }

    private String error(String json) {
        return assertThrows(PolicyException.class, () -> read(json)).getMessage();
    }

    @Test
    void seedExampleIsReadIntoRules() throws Exception {
        PolicyDocument doc = read(SEED_EXAMPLE);
        assertEquals("restricted_web_service", doc.name());
        assertEquals("1.0", doc.version());
        List<PermissionRule> specs = doc.rules().stream().map(Rule::spec).toList();
        assertEquals(List.of(
                PermissionRule.allow(Permission.FS_READ, "/app/data"), PermissionRule.allow(Permission.FS_WRITE, "/app/data"),
                PermissionRule.allow(Permission.FS_READ, "/tmp"), PermissionRule.allow(Permission.FS_WRITE, "/tmp"),
                PermissionRule.deny(Permission.FS_READ, "/"), PermissionRule.deny(Permission.FS_WRITE, "/"),
                PermissionRule.allow(Permission.NET_CONNECT, "localhost:8000-9000"),
                PermissionRule.allow(Permission.NET_LISTEN, "localhost:8000-9000"),
                PermissionRule.allow(Permission.NET_CONNECT, "api.example.com:443"),
                PermissionRule.allow(Permission.NET_LISTEN, "api.example.com:443"),
                PermissionRule.allow(Permission.TIME, ""), PermissionRule.allow(Permission.RANDOM, ""),
                PermissionRule.allow(Permission.ENV, ""),
                PermissionRule.deny(Permission.PROCESS, ""), PermissionRule.deny(Permission.DEVICE, "")), specs);
        assertEquals("policy.json: $.permissions.filesystem.deny[0]", doc.rules().get(4).source());
        assertEquals("policy.json: $.permissions.system.deny[1]", doc.rules().get(14).source());
        assertEquals(new EndpointScope("localhost", 8000, 9000), doc.rules().get(6).scope());
        assertEquals(new AnyScope(), doc.rules().get(10).scope());
        assertEquals(ResourceLimits.NONE, doc.limits());
    }

    @Test
    void everySystemName() throws Exception {
        PolicyDocument doc = read("""
                {"permissions": {"system": {"allow": ["time", "random", "environment", "process_creation",
                  "device_access", "ffi", "user_data", "system_info"]}}}""");
        assertEquals(List.of(Permission.TIME, Permission.RANDOM, Permission.ENV, Permission.PROCESS, Permission.DEVICE,
                Permission.FFI, Permission.USER, Permission.SYS),
                doc.rules().stream().map(r -> r.spec().permission()).toList());
    }

    @Test
    void accessValues() throws Exception {
        assertEquals(List.of(Permission.FS_READ), permissions("{\"path\": \"/a\", \"access\": \"read\"}"));
        assertEquals(List.of(Permission.FS_WRITE), permissions("{\"path\": \"/a\", \"access\": \"write\"}"));
        assertEquals(List.of(Permission.FS_READ, Permission.FS_WRITE), permissions("{\"path\": \"/a\", \"access\": \"all\"}"));
    }

    private List<Permission> permissions(String entry) throws PolicyException {
        return read("{\"permissions\": {\"filesystem\": {\"allow\": [" + entry + "]}}}")
                .rules().stream().map(r -> r.spec().permission()).toList();
    }

    @Test
    void networkEntriesWithoutPortsWithNumericPortsAndWithAccess() throws Exception {
        PolicyDocument doc = read("""
                {"permissions": {"network": {"deny": [
                  {"host": "*.tracker.com"},
                  {"host": "db.local", "ports": 5432, "access": "connect"},
                  {"host": "0.0.0.0", "ports": "80", "access": "listen"},
                  {"host": "::1", "ports": "8080"}]}}}""");
        List<Rule> rules = doc.rules();
        assertEquals(new EndpointScope("*.tracker.com", -1, -1), rules.get(0).scope());
        assertEquals(PermissionRule.deny(Permission.NET_CONNECT, "db.local:5432"), rules.get(2).spec());
        assertEquals(PermissionRule.deny(Permission.NET_LISTEN, "0.0.0.0:80"), rules.get(3).spec());
        assertEquals(new EndpointScope("::1", 8080, 8080), rules.get(4).scope());
        assertEquals(6, rules.size());
    }

    @Test
    void limits() throws Exception {
        PolicyDocument doc = read("""
                {"limits": {"memory": "512m", "execution_timeout_ms": 5000, "instruction_limit": 1000000,
                  "max_tasks": 100, "max_open_files": 64}}""");
        assertEquals(new ResourceLimits(OptionalLong.of(512L << 20), OptionalLong.of(5000), OptionalLong.of(1_000_000),
                OptionalLong.of(100), OptionalLong.of(64)), doc.limits());
        assertEquals(OptionalLong.of(4096), read("{\"limits\": {\"memory\": 4096}}").limits().memoryBytes());
    }

    @Test
    void emptyObjectIsAnEmptyPolicy() throws Exception {
        PolicyDocument doc = read("{}");
        assertEquals(List.of(), doc.rules());
        assertEquals("", doc.name());
        assertEquals("1", read("{\"version\": 1}").version());
    }

    // ---- unknown keys, at every depth ----

    @Test
    void unknownTopLevelKey() {
        assertEquals("policy.json: $.permisions: unknown key (did you mean \"permissions\"?)", error("{\"permisions\": {}}"));
        assertEquals("policy.json: $.colour: unknown key (expected \"limits\", \"name\", \"permissions\", \"version\")",
                error("{\"colour\": \"red\"}"));
    }

    @Test
    void unknownKeyInPermissionsAndSections() {
        assertEquals("policy.json: $.permissions.filesytsem: unknown key (did you mean \"filesystem\"?)",
                error("{\"permissions\": {\"filesytsem\": {}}}"));
        assertEquals("policy.json: $.permissions.network.alow: unknown key (did you mean \"allow\"?)",
                error("{\"permissions\": {\"network\": {\"alow\": []}}}"));
    }

    @Test
    void unknownKeyInAnEntry() {
        assertEquals("policy.json: $.permissions.filesystem.allow[0].acess: unknown key (did you mean \"access\"?)",
                error("{\"permissions\": {\"filesystem\": {\"allow\": [{\"path\": \"/a\", \"acess\": \"read\"}]}}}"));
        assertEquals("policy.json: $.permissions.network.deny[1].port: unknown key (did you mean \"ports\"?)",
                error("{\"permissions\": {\"network\": {\"deny\": [{\"host\": \"a\"}, {\"host\": \"b\", \"port\": 1}]}}}"));
    }

    @Test
    void unknownKeyInLimits() {
        assertEquals("policy.json: $.limits.max_task: unknown key (did you mean \"max_tasks\"?)",
                error("{\"limits\": {\"max_task\": 4}}"));
    }

    @Test
    void oddKeysAreQuotedInThePath() {
        assertEquals("policy.json: $[\"my key\"]: unknown key (expected \"limits\", \"name\", \"permissions\", \"version\")",
                error("{\"my key\": 1}"));
    }

    // ---- wrong types ----

    @Test
    void wrongTypes() {
        assertEquals("policy.json: $: expected an object, found an array", error("[]"));
        assertEquals("policy.json: $.permissions: expected an object, found a string", error("{\"permissions\": \"all\"}"));
        assertEquals("policy.json: $.permissions.filesystem.allow: expected an array, found an object",
                error("{\"permissions\": {\"filesystem\": {\"allow\": {}}}}"));
        assertEquals("policy.json: $.permissions.filesystem.allow[0]: expected an object, found a string",
                error("{\"permissions\": {\"filesystem\": {\"allow\": [\"/data\"]}}}"));
        assertEquals("policy.json: $.permissions.filesystem.allow[0].path: expected a string, found an integer",
                error("{\"permissions\": {\"filesystem\": {\"allow\": [{\"path\": 5, \"access\": \"read\"}]}}}"));
        assertEquals("policy.json: $.permissions.system.allow[0]: expected a string, found an object",
                error("{\"permissions\": {\"system\": {\"allow\": [{}]}}}"));
        assertEquals("policy.json: $.limits.max_tasks: expected an integer, found a string",
                error("{\"limits\": {\"max_tasks\": \"10\"}}"));
        assertEquals("policy.json: $.limits.execution_timeout_ms: expected an integer, found a number",
                error("{\"limits\": {\"execution_timeout_ms\": 1.5}}"));
        assertEquals("policy.json: $.name: expected a string, found null", error("{\"name\": null}"));
        assertEquals("policy.json: $.version: expected a string or a number, found a boolean", error("{\"version\": true}"));
        assertEquals("policy.json: $.permissions.network.allow[0].ports: expected a string or a number, found an array",
                error("{\"permissions\": {\"network\": {\"allow\": [{\"host\": \"a\", \"ports\": [1]}]}}}"));
    }

    // ---- invalid values ----

    @Test
    void badAccessValue() {
        assertEquals("policy.json: $.permissions.filesystem.allow[0].access: invalid value \"rw\" "
                        + "(expected one of \"read\", \"write\", \"read_write\", \"all\")",
                error("{\"permissions\": {\"filesystem\": {\"allow\": [{\"path\": \"/a\", \"access\": \"rw\"}]}}}"));
        assertEquals("policy.json: $.permissions.filesystem.deny[0].access: invalid value \"red\" "
                        + "(did you mean \"read\"? expected one of \"read\", \"write\", \"read_write\", \"all\")",
                error("{\"permissions\": {\"filesystem\": {\"deny\": [{\"path\": \"/a\", \"access\": \"red\"}]}}}"));
        assertEquals("policy.json: $.permissions.network.allow[0].access: invalid value \"read\" "
                        + "(expected one of \"connect\", \"listen\", \"all\")",
                error("{\"permissions\": {\"network\": {\"allow\": [{\"host\": \"a\", \"access\": \"read\"}]}}}"));
    }

    @Test
    void missingRequiredKeys() {
        assertEquals("policy.json: $.permissions.filesystem.allow[0]: missing key \"access\"",
                error("{\"permissions\": {\"filesystem\": {\"allow\": [{\"path\": \"/a\"}]}}}"));
        assertEquals("policy.json: $.permissions.filesystem.allow[0]: missing key \"path\"",
                error("{\"permissions\": {\"filesystem\": {\"allow\": [{\"access\": \"all\"}]}}}"));
        assertEquals("policy.json: $.permissions.network.allow[0]: missing key \"host\"",
                error("{\"permissions\": {\"network\": {\"allow\": [{\"ports\": \"80\"}]}}}"));
    }

    @Test
    void badPortRanges() {
        assertEquals("policy.json: $.permissions.network.allow[0].ports: port range '9000-8000' runs backwards (9000 > 8000)",
                error("{\"permissions\": {\"network\": {\"allow\": [{\"host\": \"a\", \"ports\": \"9000-8000\"}]}}}"));
        assertEquals("policy.json: $.permissions.network.allow[0].ports: port 70000 is out of range (0-65535)",
                error("{\"permissions\": {\"network\": {\"allow\": [{\"host\": \"a\", \"ports\": \"1-70000\"}]}}}"));
        assertEquals("policy.json: $.permissions.network.allow[0].ports: invalid port 'https' (expected a number 0-65535)",
                error("{\"permissions\": {\"network\": {\"allow\": [{\"host\": \"a\", \"ports\": \"https\"}]}}}"));
    }

    @Test
    void badHostAndEmptyPath() {
        assertEquals("policy.json: $.permissions.network.deny[0].host: invalid host 'a b'",
                error("{\"permissions\": {\"network\": {\"deny\": [{\"host\": \"a b\"}]}}}"));
        assertEquals("policy.json: $.permissions.filesystem.deny[0].path: empty string",
                error("{\"permissions\": {\"filesystem\": {\"deny\": [{\"path\": \"\", \"access\": \"all\"}]}}}"));
    }

    @Test
    void unknownSystemName() {
        assertEquals("policy.json: $.permissions.system.deny[0]: invalid value \"proces_creation\" (did you mean "
                        + "\"process_creation\"? expected one of \"time\", \"random\", \"environment\", \"process_creation\", "
                        + "\"device_access\", \"ffi\", \"user_data\", \"system_info\")",
                error("{\"permissions\": {\"system\": {\"deny\": [\"proces_creation\"]}}}"));
    }

    @Test
    void badLimitValues() {
        assertEquals("policy.json: $.limits.max_open_files: invalid value 0 (expected a positive integer)",
                error("{\"limits\": {\"max_open_files\": 0}}"));
        assertEquals("policy.json: $.limits.instruction_limit: invalid value -5 (expected a positive integer)",
                error("{\"limits\": {\"instruction_limit\": -5}}"));
        assertEquals("policy.json: $.limits.max_tasks: value 99999999999999999999 is too large",
                error("{\"limits\": {\"max_tasks\": 99999999999999999999}}"));
        assertEquals("policy.json: $.limits.memory: invalid size \"12x\" (expected a number with an optional k, m or g suffix, e.g. 128m)",
                error("{\"limits\": {\"memory\": \"12x\"}}"));
    }

    // ---- malformed JSON ----

    @Test
    void syntaxErrorNamesLineAndColumn() {
        String message = error("{\n  \"name\": \"x\",\n  }\n");
        assertTrue(message.startsWith("policy.json:3:3: invalid JSON: Unexpected character ('}'"), message);
        assertEquals(1, message.lines().count());
    }

    @Test
    void truncatedDocument() {
        assertEquals("policy.json:1:18: invalid JSON: Unexpected end-of-input: expected close marker for Object "
                + "(opened at line 1, column 17)", error("{\"permissions\": {"));
    }

    @Test
    void duplicateKeysAreRejected() {
        assertEquals("policy.json:2:8: invalid JSON: Duplicate field 'name'", error("{\"name\": \"a\",\n \"name\": \"b\"}"));
    }

    @Test
    void trailingContentIsRejected() {
        assertEquals("policy.json:1:4: invalid JSON: unexpected content after the end of the document", error("{} {}"));
    }

    @Test
    void badLiteral() {
        assertEquals("policy.json:1:10: invalid JSON: Unrecognized token 'tru': was expecting "
                + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')", error("{\"a\": tru}"));
    }

    @Test
    void emptyDocument() {
        assertEquals("policy.json: invalid JSON: the document is empty", error("  \n"));
    }

    // ---- files ----

    @Test
    void relativePathsInAFileAreRelativeToItsDirectory() throws Exception {
        Path dir = Files.createDirectories(root.resolve("conf"));
        Path file = dir.resolve("policy.json");
        Files.writeString(file, "{\"permissions\": {\"filesystem\": {\"allow\": [{\"path\": \"data\", \"access\": \"read\"}]}}}");
        PolicyDocument doc = reader.read(PolicySource.file(file));
        assertEquals(new PathScope(dir.resolve("data")), doc.rules().get(0).scope());
        assertEquals(file + ": $.permissions.filesystem.allow[0]", doc.rules().get(0).source());
    }

    @Test
    void missingFile() {
        Path file = root.resolve("nope.json");
        assertEquals(file + ": cannot read policy file: no such file",
                assertThrows(PolicyException.class, () -> reader.read(PolicySource.file(file))).getMessage());
    }

    @Test
    void errorsInAFileNameTheFileAsGiven() throws Exception {
        Path file = root.resolve("bad.json");
        Files.writeString(file, "{\"version\": []}");
        assertEquals(file + ": $.version: expected a string or a number, found an array",
                assertThrows(PolicyException.class, () -> reader.read(PolicySource.file(file))).getMessage());
    }
}
