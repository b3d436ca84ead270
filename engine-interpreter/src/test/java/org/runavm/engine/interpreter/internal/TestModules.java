package org.runavm.engine.interpreter.internal;

import java.util.function.Consumer;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeModule;

/** Native modules for tests: a name, version "1", and what {@code define} declares. */
final class TestModules {
    private TestModules() {
    }

    static NativeModule of(String name, Consumer<ModuleDefinition> define) {
        return new NativeModule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String version() {
                return "1";
            }

            @Override
            public void define(ModuleDefinition definition) {
                define.accept(definition);
            }
        };
    }
}
