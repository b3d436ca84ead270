package org.runavm.stdlib.concurrency.internal;

import org.osgi.service.component.annotations.Component;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeModule;

/**
 * The {@code concurrency} module service. {@code AtomicInteger} and the permits the queue waits on are
 * native (they hold Java state only); {@code parallel_map}, {@code await_all_settled},
 * {@code with_timeout} and {@code Queue} are the Runa source {@code concurrency.runa}, since they run
 * Runa functions as tasks and hold Runa values.
 */
@Component(service = NativeModule.class, property = NativeModule.NAME_PROPERTY + "=concurrency")
public final class ConcurrencyModule implements NativeModule {
    static final String SOURCE_FILE = "concurrency.runa";
    private static final String SOURCE = ModuleDefinition.readSource(ConcurrencyModule.class, SOURCE_FILE);

    @Override
    public String name() {
        return "concurrency";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public void define(ModuleDefinition definition) {
        AtomicIntegerObject.define(definition);
        PermitsObject.define(definition);
        definition.source(SOURCE_FILE, SOURCE);
    }
}
