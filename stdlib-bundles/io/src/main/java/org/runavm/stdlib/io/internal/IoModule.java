package org.runavm.stdlib.io.internal;

import org.osgi.service.component.annotations.Component;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeModule;

/** The {@code io} module service; the functions live in the classes it registers. */
@Component(service = NativeModule.class, property = NativeModule.NAME_PROPERTY + "=io")
public final class IoModule implements NativeModule {
    @Override
    public String name() {
        return "io";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public void define(ModuleDefinition definition) {
        FileFunctions.define(definition);
        DirectoryFunctions.define(definition);
        PathFunctions.define(definition);
        ConsoleFunctions.define(definition);
        NetworkFunctions.define(definition, new OpenHandles());
        HttpFunctions.define(definition, new HttpClientHolder());
    }
}
