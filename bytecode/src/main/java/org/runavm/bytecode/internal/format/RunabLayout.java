package org.runavm.bytecode.internal.format;

import java.nio.charset.StandardCharsets;

/** The constants of the {@code .runab} 1.2 layout shared by the reader and the writer. */
public final class RunabLayout {

    /** The 8-byte magic that opens every file. */
    public static final byte[] MAGIC = "RUNABYTC".getBytes(StandardCharsets.US_ASCII);

    public static final String FILE = "file";
    public static final String HEADER = "header";
    public static final String CONSTANTS = "constants";
    public static final String TYPES = "types";
    public static final String FUNCTIONS = "functions";
    public static final String CODE = "code";
    public static final String METADATA = "metadata";
    public static final String DEBUG = "debug";

    /** Upvalue descriptor kinds in a function record. */
    public static final int UPVALUE_FROM_LOCAL = 0;
    public static final int UPVALUE_FROM_UPVALUE = 1;

    private RunabLayout() {
    }
}
