package org.runavm.it.standin;

import java.util.Dictionary;
import java.util.Hashtable;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeModule;

/**
 * A stand-in native module bundle for the hot-swap test: module {@code greeting} whose version is the
 * bundle's and whose {@code hello()} returns the bundle's {@code Greeting-Text} header. The test
 * packs this class into bundles of different versions and swaps them in a running framework.
 */
public final class GreetingActivator implements BundleActivator {
    @Override
    public void start(BundleContext context) {
        String text = context.getBundle().getHeaders().get("Greeting-Text");
        String version = context.getBundle().getVersion().toString();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(NativeModule.NAME_PROPERTY, "greeting");
        context.registerService(NativeModule.class, new NativeModule() {
            @Override
            public String name() {
                return "greeting";
            }

            @Override
            public String version() {
                return version;
            }

            @Override
            public void define(ModuleDefinition definition) {
                definition.function("hello", 0, 0, call -> call.returnText(text));
            }
        }, properties);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the service
    }
}
