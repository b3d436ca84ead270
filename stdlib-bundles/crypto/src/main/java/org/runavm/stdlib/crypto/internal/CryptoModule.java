package org.runavm.stdlib.crypto.internal;

import org.osgi.service.component.annotations.Component;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeModule;

/** The {@code crypto} module service; the functions live in the classes it registers. */
@Component(service = NativeModule.class, property = NativeModule.NAME_PROPERTY + "=crypto")
public final class CryptoModule implements NativeModule {
    @Override
    public String name() {
        return "crypto";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public void define(ModuleDefinition definition) {
        DigestFunctions.define(definition);
        RandomFunctions.define(definition);
        AesGcm.define(definition);
        Pbkdf2.define(definition);
        HexFunctions.define(definition);
    }
}
