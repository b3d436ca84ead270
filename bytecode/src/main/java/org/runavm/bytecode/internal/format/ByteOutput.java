package org.runavm.bytecode.internal.format;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Big-endian writes into a growing buffer; the mirror of {@link ByteInput}. */
public final class ByteOutput {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public ByteOutput u8(int v) {
        check(v, 0, 0xFF, "byte");
        out.write(v);
        return this;
    }

    public ByteOutput u16(int v) {
        check(v, 0, 0xFFFF, "2-byte value");
        out.write(v >>> 8);
        out.write(v);
        return this;
    }

    public ByteOutput s32(int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
        return this;
    }

    public ByteOutput s64(long v) {
        s32((int) (v >>> 32));
        return s32((int) v);
    }

    public ByteOutput bytes(byte[] b) {
        out.writeBytes(b);
        return this;
    }

    public ByteOutput string(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        s32(b.length);
        return bytes(b);
    }

    /** Writes a section: its length, then its data. */
    public ByteOutput section(ByteOutput data) {
        s32(data.out.size());
        out.writeBytes(data.out.toByteArray());
        return this;
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }

    private static void check(int v, int min, int max, String what) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(what + " out of range: " + v);
        }
    }
}
