package org.runavm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Foreign calls from the command line where the VM's flags and distribution decide (language.md §10,
 * security.md): the {@code ffi} permission in a sandbox, and a distribution without the ffi bundle.
 */
class ForeignFunctionCommandTest {
    /** Prints through C, after VM output that must come out whatever happens to the C call. */
    private static final String PROGRAM = """
            External Library "libc"
            External Process called printf(format as Pointer, args as Any) returns Int32 from "libc"
            Display "start"
            printf("%s from C\\n".to_c_string(), "hello".to_c_string())
            Display "end"
            """;

    @TempDir
    static Path work;
    static Map<String, String> env;
    static Path program;

    @BeforeAll
    static void setUp() throws Exception {
        env = Map.of("RUNAVM_CACHE_DIR", work.resolve("cache").toString());
        program = Files.writeString(work.resolve("hello_c.runa"), PROGRAM);
    }

    @Test
    void withoutSandboxTheCallRunsInProgramOrder() throws Exception {
        CommandRun run = CommandRun.of("standard", "runavm", work, env, "hello_c.runa");
        assertEquals(0, run.exitStatus(), run.stderr());
        assertEquals("start\nhello from C\nend\n", run.stdout());
        assertEquals("", run.stderr());
    }

    @Test
    void sandboxWithoutTheFfiPermissionRaisesSecurityErrorBeforeAnythingNative() throws Exception {
        CommandRun run = CommandRun.of("standard", "runavm", work, env, "--sandbox", "hello_c.runa");
        assertEquals(1, run.exitStatus(), run.stderr());
        assertEquals("start\n", run.stdout());
        assertEquals("Error: SecurityError: ffi denied: libc\n  at <main> (hello_c.runa:4:22)\n", run.stderr());
    }

    @Test
    void sandboxGrantingTheLibraryAllowsItsCallsAndCStrings() throws Exception {
        CommandRun run = CommandRun.of("standard", "runavm", work, env, "--sandbox", "--allow-ffi=libc", "hello_c.runa");
        assertEquals(0, run.exitStatus(), run.stderr());
        assertEquals("start\nhello from C\nend\n", run.stdout());
    }

    @Test
    void sandboxGrantingAnotherLibraryStillDeniesLibc() throws Exception {
        CommandRun run = CommandRun.of("standard", "runavm", work, env, "--sandbox", "--allow-ffi=libm", "hello_c.runa");
        assertEquals(1, run.exitStatus(), run.stderr());
        assertEquals("start\n", run.stdout());
        assertEquals("Error: SecurityError: ffi denied: libc\n  at <main> (hello_c.runa:4:22)\n", run.stderr());
    }

    @Test
    void aDistributionWithoutTheFfiBundleRaisesFfiError() throws Exception {
        CommandRun run = CommandRun.of("embedded", "runavm", work, env, "--allow-ffi", "hello_c.runa");
        assertEquals(1, run.exitStatus(), run.stderr());
        assertEquals("start\n", run.stdout());
        assertEquals("Error: FFIError: this distribution has no foreign-function support (the ffi bundle is not "
                + "installed); run the program with one that has it (standard or server)\n"
                + "  at <main> (hello_c.runa:4:22)\n", run.stderr());
    }
}
