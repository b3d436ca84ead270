package org.runavm.bytecode.internal.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Big-endian reads from a window {@code [position, limit)} of a file, every one bounds-checked.
 *
 * <p>This class is where hostile input is stopped: every length and count is compared with the
 * bytes actually left before anything is allocated, so a count of 2^31 costs nothing but a
 * {@link FormatException}. Nothing here throws an unchecked exception for any input.
 */
public final class ByteInput {

    private final byte[] bytes;
    private final String section;
    private int position;
    private final int limit;

    public ByteInput(byte[] bytes, int position, int limit, String section) {
        this.bytes = bytes;
        this.position = position;
        this.limit = limit;
        this.section = section;
    }

    /** The section this window reads. */
    public String section() {
        return section;
    }

    /** The absolute file offset of the next byte. */
    public int position() {
        return position;
    }

    /** Bytes left in the window. */
    public int remaining() {
        return limit - position;
    }

    /** A problem at the current position. */
    public FormatException problem(String message) {
        return new FormatException(section, position, message);
    }

    private void need(int n, String what) throws FormatException {
        if (n > remaining()) {
            throw problem("truncated: " + what + " needs " + n + " bytes, " + remaining() + " left in the section");
        }
    }

    public int u8(String what) throws FormatException {
        need(1, what);
        return bytes[position++] & 0xFF;
    }

    public int u16(String what) throws FormatException {
        need(2, what);
        int v = ((bytes[position] & 0xFF) << 8) | (bytes[position + 1] & 0xFF);
        position += 2;
        return v;
    }

    /** A 4-byte number as a Java int (ids use 0xFFFFFFFF, read as -1, for "none"). */
    public int s32(String what) throws FormatException {
        need(4, what);
        int v = ((bytes[position] & 0xFF) << 24) | ((bytes[position + 1] & 0xFF) << 16)
                | ((bytes[position + 2] & 0xFF) << 8) | (bytes[position + 3] & 0xFF);
        position += 4;
        return v;
    }

    public long s64(String what) throws FormatException {
        long hi = s32(what) & 0xFFFFFFFFL;
        long lo = s32(what) & 0xFFFFFFFFL;
        return (hi << 32) | lo;
    }

    /** A 4-byte unsigned number that must fit an int, e.g. an offset or length. */
    public int u32(String what) throws FormatException {
        int at = position;
        int v = s32(what);
        if (v < 0) {
            throw new FormatException(section, at, what + " " + Integer.toUnsignedString(v) + " is too large");
        }
        return v;
    }

    /**
     * A 4-byte element count, checked against the bytes left: each element takes at least
     * {@code minBytesEach} bytes, so a count the window cannot hold is rejected before allocating.
     */
    public int count(String what, int minBytesEach) throws FormatException {
        int at = position;
        int n = u32(what);
        if ((long) n * Math.max(1, minBytesEach) > remaining()) {
            throw new FormatException(section, at, what + " " + n + " cannot fit in the "
                    + remaining() + " bytes left in the section");
        }
        return n;
    }

    public byte[] bytes(int n, String what) throws FormatException {
        need(n, what);
        byte[] out = java.util.Arrays.copyOfRange(bytes, position, position + n);
        position += n;
        return out;
    }

    /** A 4-byte length and that many bytes of well-formed UTF-8. */
    public String string(String what) throws FormatException {
        int at = position;
        int n = u32(what + " length");
        need(n, what);
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, position, n));
            position += n;
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new FormatException(section, at, what + " is not valid UTF-8");
        }
    }

    /** Fails unless the window has been read to its end. */
    public void expectEnd() throws FormatException {
        if (remaining() != 0) {
            throw problem(remaining() + " unexpected bytes at the end of the section");
        }
    }
}
