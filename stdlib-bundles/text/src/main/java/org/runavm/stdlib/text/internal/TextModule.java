package org.runavm.stdlib.text.internal;

import org.osgi.service.component.annotations.Component;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeModule;

/** The {@code text} module service; the functions live in the classes it registers. */
@Component(service = NativeModule.class, property = NativeModule.NAME_PROPERTY + "=text")
public final class TextModule implements NativeModule {
    @Override
    public String name() {
        return "text";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public void define(ModuleDefinition definition) {
        definition.function("format", 1, ModuleDefinition.ANY, TemplateFormatter::format);
        RegexFunctions.define(definition, new PatternCache());
        JsonFunctions.define(definition);
        PaddingFunctions.define(definition);
        CodecFunctions.define(definition);
        CsvFunctions.define(definition);
        WrapFunction.define(definition);
    }
}
