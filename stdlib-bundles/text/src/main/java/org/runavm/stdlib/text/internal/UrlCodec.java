package org.runavm.stdlib.text.internal;

import java.io.ByteArrayOutputStream;
import org.runavm.kernel.module.NativeError;

/**
 * RFC 3986 percent-encoding: everything but {@code A-Z a-z 0-9 - . _ ~} is written as {@code %XX} of
 * its UTF-8 bytes, so the result is safe in a path and in a query ({@code +} is not a space here).
 */
final class UrlCodec {
    private static final String HEX = "0123456789ABCDEF";

    private UrlCodec() {
    }

    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (byte b : CodecFunctions.encodeUtf8("url_encode", text)) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return out.toString();
    }

    /** Undoes {@link #encode}; a malformed escape or escapes that are not UTF-8 are a ValueError. */
    static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == '%') {
                int hi = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
                int lo = hi >= 0 ? Character.digit(text.charAt(i + 2), 16) : -1;
                if (lo < 0) {
                    throw new NativeError("ValueError", "text.url_decode: invalid escape at index " + i + " in \"" + text + "\"");
                }
                bytes.write(hi << 4 | lo);
                i += 3;
            } else {
                bytes.writeBytes(CodecFunctions.encodeUtf8("url_decode", Character.toString(cp)));
                i += Character.charCount(cp);
            }
        }
        return CodecFunctions.decodeUtf8("url_decode", bytes.toByteArray());
    }
}
