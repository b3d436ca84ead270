package org.runavm.stdlib.testkit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.runavm.kernel.module.ModuleEnvironment;
import org.runavm.kernel.module.NativeModule;
import org.runavm.kernel.security.Permission;
import org.runavm.kernel.security.ResourceLimits;

/** A VM environment for tests: captured standard streams, chosen arguments, environment and policy. */
public final class TestEnvironment implements ModuleEnvironment {
    private final TestPolicy policy;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
    private final PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
    private InputStream stdin = InputStream.nullInputStream();
    private List<String> arguments = List.of();
    private Map<String, String> environment = new LinkedHashMap<>();
    private Path workingDirectory = Path.of("").toAbsolutePath();

    private TestEnvironment(TestPolicy policy) {
        this.policy = policy;
    }

    /** Everything allowed, as a program run without {@code --sandbox}. */
    public static TestEnvironment unrestricted() {
        return new TestEnvironment(TestPolicy.unrestricted());
    }

    /** A sandbox: everything but {@code time} and {@code random} denied until allowed. */
    public static TestEnvironment sandboxed() {
        return new TestEnvironment(TestPolicy.sandbox());
    }

    /** A harness binding {@code module} in this environment. */
    public ModuleHarness bind(NativeModule module) {
        return new ModuleHarness(module, this);
    }

    public TestEnvironment allow(Permission permission, String scope) {
        policy.allow(permission, scope);
        return this;
    }

    public TestEnvironment deny(Permission permission, String scope) {
        policy.deny(permission, scope);
        return this;
    }

    public TestEnvironment withLimits(ResourceLimits limits) {
        policy.withLimits(limits);
        return this;
    }

    public TestEnvironment withStdin(String text) {
        stdin = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public TestEnvironment withArguments(String... args) {
        arguments = List.of(args);
        return this;
    }

    public TestEnvironment withVariable(String name, String value) {
        environment.put(name, value);
        return this;
    }

    public TestEnvironment withEnvironment(Map<String, String> variables) {
        environment = new LinkedHashMap<>(variables);
        return this;
    }

    public TestEnvironment withWorkingDirectory(Path directory) {
        workingDirectory = directory;
        return this;
    }

    /** What the module wrote to standard output, decoded as UTF-8. */
    public String stdoutText() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What the module wrote to standard error, decoded as UTF-8. */
    public String stderrText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Override
    public TestPolicy security() {
        return policy;
    }

    @Override
    public InputStream stdin() {
        return stdin;
    }

    @Override
    public PrintStream stdout() {
        return stdout;
    }

    @Override
    public PrintStream stderr() {
        return stderr;
    }

    @Override
    public List<String> programArguments() {
        return arguments;
    }

    @Override
    public Map<String, String> environment() {
        return environment;
    }

    @Override
    public Path workingDirectory() {
        return workingDirectory;
    }
}
