package org.runavm.kernel.bytecode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A metadata entry: a type byte ({@link #SOURCE_PATH} ...) and its data. */
public record MetadataEntry(int type, byte[] data) {

    public static final int SOURCE_PATH = 0x01;
    public static final int COMPILER_VERSION = 0x02;
    public static final int OPTIONS = 0x03;
    public static final int LICENSE = 0x04;
    public static final int MODULE_DEPENDENCIES = 0x05;
    public static final int NATIVE_LIBRARY_DEPENDENCIES = 0x06;
    public static final int AUTHOR = 0x07;
    public static final int VERSION = 0x08;
    public static final int OPTIMIZATION_LEVEL = 0x09;
    public static final int JIT_HINTS = 0x0A;
    public static final int SECURITY_REQUIREMENTS = 0x0B;

    public MetadataEntry {
        data = data.clone();
    }

    /** An entry holding UTF-8 text. */
    public static MetadataEntry text(int type, String text) {
        return new MetadataEntry(type, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** The data as UTF-8 text. */
    public String text() {
        return new String(data, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetadataEntry m && type == m.type && Arrays.equals(data, m.data);
    }

    @Override
    public int hashCode() {
        return type * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "MetadataEntry[" + type + ", " + data.length + " bytes]";
    }
}
