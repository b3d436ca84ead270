package org.runavm.kernel;

import java.io.InputStream;
import java.io.PrintStream;

/** The standard streams a VM's program reads and writes. */
public record VmStreams(InputStream in, PrintStream out, PrintStream err) {
    public static VmStreams system() {
        return new VmStreams(System.in, System.out, System.err);
    }
}
