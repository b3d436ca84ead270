package org.runavm.ffi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.ffi.ForeignFunction;
import org.runavm.kernel.ffi.ForeignSignature;
import org.runavm.kernel.ffi.ForeignType;
import org.runavm.kernel.ffi.Pointer;

/**
 * Runs a JVM whose standard output is a pipe, where C's {@code stdout} is fully buffered: without the
 * flush after each native call, {@code printf}'s line would come out only at exit, after the Java line
 * that follows it. Also shows that {@code --enable-native-access=ALL-UNNAMED} keeps the JVM quiet.
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
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                NativeOutputOrderTest.class.getName()).start();
        child.getOutputStream().close();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(2, TimeUnit.MINUTES), "the child JVM ended");
        assertEquals(0, child.exitValue(), err);
        assertEquals("java 1\nnative 2\njava 3\n", out);
        assertFalse(err.contains("WARNING"), err);
    }
}
