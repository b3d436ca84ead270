package org.runavm.security.internal.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runavm.kernel.security.Permission;
import org.runavm.kernel.security.PermissionRule;
import org.runavm.kernel.security.PolicyException;
import org.runavm.kernel.security.SecurityFlag;
import org.runavm.security.internal.path.PathCanonicalizer;
import org.runavm.security.internal.rule.AnyScope;
import org.runavm.security.internal.rule.EndpointScope;
import org.runavm.security.internal.rule.NameScope;
import org.runavm.security.internal.rule.PathScope;
import org.runavm.security.internal.rule.Rule;
import org.runavm.security.internal.rule.ScopeParser;

class FlagParserTest {

    @TempDir
    Path temp;

    Path root;
    FlagParser parser;

    @BeforeEach
    void setUp() throws IOException {
        root = temp.toRealPath();
        parser = new FlagParser(new ScopeParser(new PathCanonicalizer(root)));
    }

    private List<Rule> parse(String flag, String value) throws PolicyException {
        return parser.parse(new SecurityFlag(flag, value));
    }

    private List<PermissionRule> specs(String flag, String value) throws PolicyException {
        return parse(flag, value).stream().map(Rule::spec).toList();
    }

    private String error(String flag, String value) {
        return assertThrows(PolicyException.class, () -> parse(flag, value)).getMessage();
    }

    @Test
    void fsReadAndWriteItems() throws Exception {
        List<Rule> rules = parse("allow-fs", "read:/data,write:/tmp/out");
        assertEquals(List.of(PermissionRule.allow(Permission.FS_READ, "/data"),
                PermissionRule.allow(Permission.FS_WRITE, "/tmp/out")), rules.stream().map(Rule::spec).toList());
        assertEquals(new PathScope(Path.of("/data")), rules.get(0).scope());
        assertEquals("--allow-fs=read:/data", rules.get(0).source());
        assertEquals("--allow-fs=write:/tmp/out", rules.get(1).source());
    }

    @Test
    void fsBarePathGrantsBoth() throws Exception {
        assertEquals(List.of(PermissionRule.allow(Permission.FS_READ, "/data"),
                PermissionRule.allow(Permission.FS_WRITE, "/data")), specs("allow-fs", "/data"));
    }

    @Test
    void fsRelativePathIsCanonicalizedAgainstTheWorkingDirectory() throws Exception {
        assertEquals(new PathScope(root.resolve("out")), parse("allow-fs", "write:./x/../out").get(0).scope());
    }

    @Test
    void denyFsCounterpart() throws Exception {
        List<Rule> rules = parse("deny-fs", "/etc,read:/root");
        assertEquals(List.of(PermissionRule.deny(Permission.FS_READ, "/etc"), PermissionRule.deny(Permission.FS_WRITE, "/etc"),
                PermissionRule.deny(Permission.FS_READ, "/root")), rules.stream().map(Rule::spec).toList());
        assertEquals("--deny-fs=/etc", rules.get(0).source());
    }

    @Test
    void leadingDashesAreOptional() throws Exception {
        assertEquals(specs("allow-fs", "/data"), specs("--allow-fs", "/data"));
    }

    @Test
    void netItemsCoverConnectAndListen() throws Exception {
        List<Rule> rules = parse("allow-net", "localhost:8080,api.example.com:443,host:8000-9000");
        assertEquals(6, rules.size());
        assertEquals(PermissionRule.allow(Permission.NET_CONNECT, "localhost:8080"), rules.get(0).spec());
        assertEquals(PermissionRule.allow(Permission.NET_LISTEN, "localhost:8080"), rules.get(1).spec());
        assertEquals(new EndpointScope("api.example.com", 443, 443), rules.get(2).scope());
        assertEquals(new EndpointScope("host", 8000, 9000), rules.get(4).scope());
        assertEquals("--allow-net=host:8000-9000", rules.get(5).source());
    }

    @Test
    void netHostWithoutPortAndWildcard() throws Exception {
        assertEquals(new EndpointScope("*.example.com", -1, -1), parse("deny-net", "*.example.com").get(0).scope());
        assertEquals(new EndpointScope("localhost", -1, -1), parse("allow-net", "localhost").get(0).scope());
    }

    @Test
    void bareFlagsCoverEveryTarget() throws Exception {
        record Case(String flag, Permission permission) { }
        for (Case c : List.of(new Case("allow-run", Permission.PROCESS), new Case("allow-env", Permission.ENV),
                new Case("allow-sys", Permission.SYS), new Case("allow-user", Permission.USER),
                new Case("allow-ffi", Permission.FFI), new Case("deny-run", Permission.PROCESS),
                new Case("deny-env", Permission.ENV), new Case("deny-sys", Permission.SYS),
                new Case("deny-user", Permission.USER), new Case("deny-ffi", Permission.FFI))) {
            List<Rule> rules = parse(c.flag(), null);
            assertEquals(1, rules.size(), c.flag());
            assertEquals(c.permission(), rules.get(0).spec().permission());
            assertEquals(c.flag().startsWith("allow"), rules.get(0).allows());
            assertEquals(new AnyScope(), rules.get(0).scope());
            assertEquals("--" + c.flag(), rules.get(0).source());
        }
    }

    @Test
    void nameLists() throws Exception {
        assertEquals(List.of(PermissionRule.allow(Permission.PROCESS, "git"), PermissionRule.allow(Permission.PROCESS, "ls")),
                specs("allow-run", "git,ls"));
        assertEquals(List.of(PermissionRule.allow(Permission.ENV, "HOME"), PermissionRule.allow(Permission.ENV, "AWS_*")),
                specs("allow-env", "HOME,AWS_*"));
        assertEquals(new NameScope("AWS_", true), parse("allow-env", "AWS_*").get(0).scope());
        assertEquals(List.of(PermissionRule.deny(Permission.ENV, "SECRET")), specs("deny-env", "SECRET"));
        assertEquals(List.of(PermissionRule.allow(Permission.FFI, "libz.so")), specs("allow-ffi", "libz.so"));
        assertEquals(List.of(PermissionRule.allow(Permission.SYS, "os"), PermissionRule.allow(Permission.SYS, "cpu")),
                specs("allow-sys", "os,cpu"));
        assertEquals(List.of(PermissionRule.deny(Permission.USER, "home")), specs("deny-user", "home"));
        assertEquals("--allow-run=ls", parse("allow-run", "git,ls").get(1).source());
    }

    @Test
    void programGivenByPathIsAPathScope() throws Exception {
        assertEquals(new PathScope(Path.of("/usr/bin/git")), parse("allow-run", "/usr/bin/git").get(0).scope());
    }

    @Test
    void severalFlagsKeepTheirOrder() throws Exception {
        List<Rule> rules = parser.parse(List.of(SecurityFlag.of("allow-env", "A"), SecurityFlag.of("deny-env", "B"),
                SecurityFlag.of("allow-sys")));
        assertEquals(List.of("--allow-env=A", "--deny-env=B", "--allow-sys"), rules.stream().map(Rule::source).toList());
    }

    @Test
    void unknownFlagsAreRejectedWithASuggestion() {
        assertEquals("unknown security flag --allow-fx (did you mean --allow-fs?)", error("allow-fx", "/data"));
        assertEquals("unknown security flag --deny-network", error("deny-network", "x"));
        assertEquals("unknown security flag --permit-fs", error("permit-fs", "/x"));
        assertEquals("unknown security flag --allow-ne (did you mean --allow-net?)", error("allow-ne", "x"));
        assertEquals("unknown security flag --allow-time", error("allow-time", null));
    }

    @Test
    void fsAndNetNeedASpec() {
        assertEquals("--allow-fs: missing SPEC (read:PATH, write:PATH or PATH, comma-separated)", error("allow-fs", null));
        assertEquals("--deny-net: missing SPEC (HOST, HOST:PORT or HOST:LOW-HIGH, comma-separated)", error("deny-net", null));
    }

    @Test
    void emptyValuesAndItemsAreRejected() {
        assertEquals("--allow-env=: empty SPEC (NAME,... or no value for all)", error("allow-env", ""));
        assertEquals("--allow-fs=/a,,/b: empty item in the comma-separated list", error("allow-fs", "/a,,/b"));
        assertEquals("--allow-fs=read:: missing path after 'read:'", error("allow-fs", "read:"));
        assertEquals("--allow-fs=write:: missing path after 'write:'", error("allow-fs", "/x,write:"));
    }

    @Test
    void badNetSpecsNameTheItemAndTheReason() {
        assertEquals("--allow-net=localhost:99999: port 99999 is out of range (0-65535)",
                error("allow-net", "localhost:8080,localhost:99999"));
        assertEquals("--allow-net=host:9000-8000: port range '9000-8000' runs backwards (9000 > 8000)",
                error("allow-net", "host:9000-8000"));
        assertEquals("--deny-net=ex ample.com: invalid host 'ex ample.com'", error("deny-net", "ex ample.com"));
    }

    @Test
    void badNamesAreRejected() {
        assertEquals("--allow-env=A*B: 'A*B': '*' may only end a name", error("allow-env", "A*B"));
    }
}
