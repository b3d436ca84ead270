package org.runavm.ffi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.ffi.ForeignException;
import org.runavm.kernel.ffi.ForeignSignature;
import org.runavm.kernel.ffi.ForeignType;

/** A JVM that denies native access gets a one-line message saying what to do, not a stack trace. */
class NativeAccessTest {
    /** The child process: tries to link a C function and to allocate, and prints what it was told. */
    public static void main(String[] args) {
        try (NativeSession session = new NativeSession()) {
            for (Runnable attempt : new Runnable[] {() -> session.open("c").link("strlen", ForeignSignature.of(ForeignType.UINT64, ForeignType.POINTER)), () -> session.allocate(8)}) {
                try {
                    attempt.run();
                    System.out.println("allowed");
                } catch (ForeignException e) {
                    System.out.println(e.getMessage());
                }
            }
        }
    }

    @Test
    void deniedNativeAccessIsExplained() throws IOException, InterruptedException {
        ChildJvm.Result run = ChildJvm.run("--illegal-native-access=deny", "-cp", ChildJvm.classPath(),
                NativeAccessTest.class.getName());
        String message = "native access is not enabled in this JVM: start java with --enable-native-access=ALL-UNNAMED\n";
        assertEquals(message + message, run.out(), run.err());
        assertEquals(0, run.exit(), run.err());
    }
}
