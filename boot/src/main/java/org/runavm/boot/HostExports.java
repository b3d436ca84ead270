package org.runavm.boot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.jar.Manifest;
import org.osgi.framework.Constants;

/**
 * Lets a host application on the class path share API packages with the framework's bundles. An
 * embedder that calls the VM through the kernel's interfaces needs the bundles to use the very same
 * interface classes it uses: passing {@code hostExportsOf(SomeKernelType.class)} as the framework's
 * {@code org.osgi.framework.system.packages.extra} makes the system bundle export the kernel API from
 * the host's class path, and every bundle (the kernel bundle included, which imports what it exports)
 * wires to those classes.
 */
public final class HostExports {
    private HostExports() {
    }

    /** The {@code Export-Package} header of the bundle jar {@code type} was loaded from. */
    public static String exportsOf(Class<?> type) throws BootException {
        String resource = type.getName().replace('.', '/') + ".class";
        URL url = type.getClassLoader().getResource(resource);
        if (url == null) {
            throw new BootException("cannot locate " + resource, 2);
        }
        String location = url.toString();
        String manifestUrl = location.substring(0, location.length() - resource.length()) + "META-INF/MANIFEST.MF";
        try (InputStream in = URI.create(manifestUrl).toURL().openStream()) {
            String exports = new Manifest(in).getMainAttributes().getValue(Constants.EXPORT_PACKAGE);
            if (exports == null) {
                throw new BootException(manifestUrl + " exports no package", 2);
            }
            return exports;
        } catch (IOException e) {
            throw new BootException("cannot read " + manifestUrl + ": " + e.getMessage(), 2, e);
        }
    }

    /** The framework property that exports {@code exports} from the class path, besides the logging API. */
    public static String systemPackagesExtra(String exports) {
        return RunaFramework.SYSTEM_PACKAGES_EXTRA + "," + exports;
    }
}
