package org.runavm.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.runavm.it.standin.GreetingActivator;

/** Builds the stand-in bundles the hot-swap test installs and updates. */
final class StandInBundles {
    static final String GREETING_BSN = "org.runavm.it.greeting";

    private StandInBundles() {
    }

    /** A {@code greeting} module bundle of {@code version} whose {@code hello()} returns {@code text}. */
    static InputStream greeting(String version, String text) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", GREETING_BSN);
        main.putValue("Bundle-Version", version);
        main.putValue("Bundle-Activator", GreetingActivator.class.getName());
        main.putValue("Import-Package", "org.osgi.framework;version=\"[1.10,2)\",org.runavm.kernel.module;version=\"[1.0,2)\"");
        main.putValue("Greeting-Text", text);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            for (Class<?> type : new Class<?>[] {GreetingActivator.class, anonymousModuleOf()}) {
                String entry = type.getName().replace('.', '/') + ".class";
                jar.putNextEntry(new JarEntry(entry));
                try (InputStream in = type.getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(jar);
                }
                jar.closeEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    private static Class<?> anonymousModuleOf() {
        try {
            return Class.forName(GreetingActivator.class.getName() + "$1");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the stand-in module class is missing", e);
        }
    }
}
