package org.runavm.engine.interpreter.internal;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.runavm.kernel.module.ModuleEnvironment;
import org.runavm.kernel.security.SecurityPolicy;

/** The VM as native functions see it. Standard output is flushed before input is read. */
record ModuleEnvironmentImpl(Vm vm) implements ModuleEnvironment {
    @Override
    public SecurityPolicy security() {
        return vm.ctx.security();
    }

    @Override
    public InputStream stdin() {
        vm.flush();
        return vm.ctx.streams().in();
    }

    @Override
    public PrintStream stdout() {
        vm.flush();
        return vm.ctx.streams().out();
    }

    @Override
    public PrintStream stderr() {
        return vm.ctx.streams().err();
    }

    @Override
    public List<String> programArguments() {
        return vm.arguments;
    }

    @Override
    public Map<String, String> environment() {
        return System.getenv();
    }

    @Override
    public Path workingDirectory() {
        return Path.of("").toAbsolutePath();
    }
}
