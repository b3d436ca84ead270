package org.runavm.stdlib.math.internal;

import org.osgi.service.component.annotations.Component;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeModule;

/** The {@code math} module service; the functions live in the classes it registers. */
@Component(service = NativeModule.class, property = NativeModule.NAME_PROPERTY + "=math")
public final class MathModule implements NativeModule {
    @Override
    public String name() {
        return "math";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public void define(ModuleDefinition definition) {
        definition.constant("pi", Math.PI);
        definition.constant("e", Math.E);
        definition.constant("tau", 2 * Math.PI);
        definition.constant("inf", Double.POSITIVE_INFINITY);
        definition.constant("nan", Double.NaN);
        ElementaryFunctions.define(definition);
        RoundingFunctions.define(definition);
        IntegerFunctions.define(definition);
        ComparisonFunctions.define(definition);
        StatisticsFunctions.define(definition);
        RandomFunctions.define(definition, new RandomSource());
    }
}
