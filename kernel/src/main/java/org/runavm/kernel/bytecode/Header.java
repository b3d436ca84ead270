package org.runavm.kernel.bytecode;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The header section of a {@code .runab} file.
 *
 * @param formatMajor     format version, major part (1)
 * @param formatMinor     format version, minor part (2)
 * @param minVmMajor      oldest VM version that can run the file, major part
 * @param minVmMinor      oldest VM version that can run the file, minor part
 * @param timestamp       creation time, Unix seconds
 * @param flags           {@link #HAS_DEBUG_INFO} and the other flag bits
 * @param sourceHash      16 bytes, all zero when absent
 * @param nativeLibraries the native libraries the program requires; External references index it
 */
public record Header(int formatMajor, int formatMinor, int minVmMajor, int minVmMinor, long timestamp,
                     int flags, byte[] sourceHash, List<String> nativeLibraries) {

    public static final int FORMAT_MAJOR = 1;
    public static final int FORMAT_MINOR = 2;
    public static final int SOURCE_HASH_LENGTH = 16;

    public static final int HAS_DEBUG_INFO = 0x01;
    public static final int OPTIMIZED = 0x02;
    public static final int STRICT_TYPES = 0x04;
    public static final int SANDBOXED = 0x08;
    public static final int JIT_ALLOWED = 0x10;
    public static final int NATIVE_AOT = 0x20;
    public static final int REQUIRES_FFI = 0x40;
    public static final int SECURE_MEMORY = 0x80;

    public Header {
        sourceHash = sourceHash.clone();
        nativeLibraries = List.copyOf(nativeLibraries);
    }

    /** A format 1.2 header with no hash, libraries or flags other than those given. */
    public static Header of(int flags, long timestamp) {
        return new Header(FORMAT_MAJOR, FORMAT_MINOR, 0, 1, timestamp, flags,
                new byte[SOURCE_HASH_LENGTH], List.of());
    }

    /** A copy of the source hash. */
    @Override
    public byte[] sourceHash() {
        return sourceHash.clone();
    }

    /** Whether the flag bit is set. */
    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** This header with other flags. */
    public Header withFlags(int newFlags) {
        return new Header(formatMajor, formatMinor, minVmMajor, minVmMinor, timestamp, newFlags,
                sourceHash, nativeLibraries);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Header h && formatMajor == h.formatMajor && formatMinor == h.formatMinor
                && minVmMajor == h.minVmMajor && minVmMinor == h.minVmMinor && timestamp == h.timestamp
                && flags == h.flags && Arrays.equals(sourceHash, h.sourceHash)
                && nativeLibraries.equals(h.nativeLibraries);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(timestamp) * 31 + flags * 17 + Arrays.hashCode(sourceHash);
    }

    @Override
    public String toString() {
        return "Header[" + formatMajor + "." + formatMinor + ", vm>=" + minVmMajor + "." + minVmMinor
                + ", time=" + timestamp + ", flags=0x" + Integer.toHexString(flags)
                + ", hash=" + HexFormat.of().formatHex(sourceHash) + ", libs=" + nativeLibraries + "]";
    }
}
