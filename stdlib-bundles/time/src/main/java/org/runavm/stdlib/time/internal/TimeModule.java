package org.runavm.stdlib.time.internal;

import java.time.Clock;
import org.osgi.service.component.annotations.Component;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeModule;

/** The {@code time} module service; the functions and types live in the classes it registers. */
@Component(service = NativeModule.class, property = NativeModule.NAME_PROPERTY + "=time")
public final class TimeModule implements NativeModule {
    private final Clock clock;

    public TimeModule() {
        this(Clock.systemDefaultZone());
    }

    /** A module reading {@code clock}: tests pass a fixed clock. Its zone is the local zone. */
    TimeModule(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "time";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public void define(ModuleDefinition definition) {
        ClockFunctions.define(definition, clock);
        FormatFunctions.define(definition);
        DurationFunctions.define(definition);
        // made when a program first calls a method of the type: most programs import time for its clocks
        definition.type(InstantObject.TYPE, InstantMethods::methods);
        definition.type(DurationObject.TYPE, DurationMethods::methods);
        definition.type(DateTimeObject.TYPE, DateTimeMethods::methods);
    }
}
