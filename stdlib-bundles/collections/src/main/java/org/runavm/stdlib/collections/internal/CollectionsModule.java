package org.runavm.stdlib.collections.internal;

import org.osgi.service.component.annotations.Component;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeModule;

/**
 * The {@code collections} module service. {@code range} and {@code Bytes} are native; the containers
 * (Deque, PriorityQueue, Counter, DefaultMap) and the list functions are the Runa source
 * {@code collections.runa}, since they hold or return the program's own values.
 */
@Component(service = NativeModule.class, property = NativeModule.NAME_PROPERTY + "=collections")
public final class CollectionsModule implements NativeModule {
    static final String SOURCE_FILE = "collections.runa";
    private static final String SOURCE = ModuleDefinition.readSource(CollectionsModule.class, SOURCE_FILE);

    @Override
    public String name() {
        return "collections";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public void define(ModuleDefinition definition) {
        definition.function("range", 1, 3, RangeFunction::invoke);
        definition.function("Bytes", 1, 1, BytesFunction::invoke);
        definition.source(SOURCE_FILE, SOURCE);
    }
}
