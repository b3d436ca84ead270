package org.runavm.stdlib.system.internal;

import org.osgi.service.component.annotations.Component;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeError;
import org.runavm.kernel.module.NativeModule;
import org.runavm.kernel.module.ProgramExit;

/** The {@code system} module service; the functions live in the classes it registers. */
@Component(service = NativeModule.class, property = NativeModule.NAME_PROPERTY + "=system")
public final class SystemModule implements NativeModule {
    @Override
    public String name() {
        return "system";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public void define(ModuleDefinition definition) {
        EnvironmentFunctions.define(definition);
        HostFunctions.define(definition);
        definition.function("run", 1, 3, ProcessRunner::run);
        definition.function("exit", 0, 1, call -> {
            long status = call.argumentCount() == 0 ? 0 : call.integer(0);
            if (status < 0 || status > 255) {
                throw new NativeError("ValueError", "system.exit: status " + status + " is out of range (0-255)");
            }
            throw new ProgramExit((int) status);
        });
    }
}
