package org.runavm.stdlib.system.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.module.ProgramExit;
import org.runavm.kernel.security.AccessRequest;
import org.runavm.kernel.security.Permission;
import org.runavm.stdlib.testkit.ModuleHarness;
import org.runavm.stdlib.testkit.TestEnvironment;

class SystemModuleTest {

    @Test
    void argumentsComeFromTheVm() {
        ModuleHarness system = TestEnvironment.sandboxed().withArguments("a", "b c").bind(new SystemModule());
        assertEquals(List.of("a", "b c"), system.call("args"));
    }

    @Test
    void envIsCheckedPerVariable() {
        ModuleHarness system = TestEnvironment.sandboxed()
                .withVariable("HOME", "/home/ann").withVariable("SECRET", "s").withVariable("AWS_KEY", "k")
                .allow(Permission.ENV, "HOME").allow(Permission.ENV, "AWS_*").deny(Permission.ENV, "AWS_KEY")
                .bind(new SystemModule());
        assertEquals("/home/ann", system.call("env", "HOME"));
        assertEquals("env denied: SECRET", system.denied("env", "SECRET"));
        assertEquals("env denied: AWS_KEY", system.denied("env", "AWS_KEY"));
        assertEquals(Map.of("HOME", "/home/ann"), system.call("env_all"));
    }

    @Test
    void missingVariableIsNullOrTheDefault() {
        ModuleHarness system = ModuleHarness.of(new SystemModule());
        assertEquals(null, system.call("env", "NOPE"));
        assertEquals("dflt", system.call("env", "NOPE", "dflt"));
    }

    @Test
    void hostAndUserFactsNeedTheirPermissions() {
        ModuleHarness system = TestEnvironment.sandboxed().bind(new SystemModule());
        assertEquals("sys denied: os", system.denied("os_name"));
        assertEquals("sys denied: cpu", system.denied("cpu_count"));
        assertEquals("user denied: name", system.denied("user_name"));
        assertEquals("user denied: home", system.denied("home_dir"));
        system.environment().allow(Permission.SYS, "").allow(Permission.USER, "");
        assertEquals(System.getProperty("os.name"), system.call("os_name"));
        assertEquals((long) Runtime.getRuntime().availableProcessors(), system.call("cpu_count"));
        assertEquals(System.getProperty("user.home"), system.call("home_dir"));
        assertEquals(new AccessRequest(Permission.USER, "home"), system.environment().security().requests().getLast());
    }

    @Test
    void exitThrowsProgramExit() {
        ModuleHarness system = ModuleHarness.of(new SystemModule());
        assertEquals(3, assertThrows(ProgramExit.class, () -> system.call("exit", 3)).status());
        assertEquals(0, assertThrows(ProgramExit.class, () -> system.call("exit")).status());
        assertTrue(system.raises("ValueError", "exit", 256).contains("out of range"));
    }
}
