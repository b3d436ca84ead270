package org.runavm.ffi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runavm.kernel.ffi.ForeignFunction;
import org.runavm.kernel.ffi.ForeignSignature;
import org.runavm.kernel.ffi.ForeignType;
import org.runavm.kernel.ffi.Pointer;

/**
 * Runs a JVM whose standard output is a pipe, where C's {@code stdout} is fully buffered: without the
 * flush after each native call, {@code printf}'s line would come out only at exit, after the Java line
 * that follows it. Also shows what keeps the JVM from warning about native access (decision 073): the
 * {@code --enable-native-access=ALL-UNNAMED} flag, or {@code Enable-Native-Access: ALL-UNNAMED} in the
 * manifest of the jar run by {@code java -jar}.
 */
class NativeOutputOrderTest {
    /** The child process: Java output, a native printf, Java output again. */
    public static void main(String[] args) {
        try (NativeSession session = new NativeSession()) {
            ForeignFunction printf = session.open("libc").link("printf",
                    new ForeignSignature(List.of(ForeignType.POINTER), ForeignType.INT32, true));
            System.out.print("java 1\n");
            System.out.flush();   // what the engine does before a native call
            printf.invoke(new Pointer(session.toCString("native %ld\n")), 2L);
            System.out.print("java 3\n");
            System.out.flush();
        }
    }

    @Test
    void nativeOutputKeepsProgramOrder() throws IOException, InterruptedException {
        ChildJvm.Result run = ChildJvm.run("--enable-native-access=ALL-UNNAMED", "-cp", ChildJvm.classPath(),
                NativeOutputOrderTest.class.getName());
        assertEquals(0, run.exit(), run.err());
        assertEquals("java 1\nnative 2\njava 3\n", run.out());
        assertFalse(run.err().contains("WARNING"), run.err());
    }

    @Test
    void theManifestOfAnExecutableJarEnablesNativeAccess(@TempDir Path directory)
            throws IOException, InterruptedException {
        ChildJvm.Result enabled = ChildJvm.run("-jar", launcherJar(directory.resolve("enabled.jar"), true).toString());
        assertEquals(0, enabled.exit(), enabled.err());
        assertEquals("java 1\nnative 2\njava 3\n", enabled.out());
        assertFalse(enabled.err().contains("WARNING"), enabled.err());
        ChildJvm.Result plain = ChildJvm.run("-jar", launcherJar(directory.resolve("plain.jar"), false).toString());
        assertTrue(plain.err().contains("--enable-native-access=ALL-UNNAMED"), "without it the JDK objects");
    }

    /** A jar holding only a manifest that starts this class from the test class path. */
    private static Path launcherJar(Path jar, boolean enableNativeAccess) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, NativeOutputOrderTest.class.getName());
        main.put(Attributes.Name.CLASS_PATH, Stream.of(ChildJvm.classPath().split(File.pathSeparator))
                .map(entry -> Path.of(entry).toUri().toString()).collect(Collectors.joining(" ")));
        if (enableNativeAccess) {
            main.putValue("Enable-Native-Access", "ALL-UNNAMED");
        }
        try (OutputStream out = Files.newOutputStream(jar)) {
            new JarOutputStream(out, manifest).close();
        }
        return jar;
    }
}
