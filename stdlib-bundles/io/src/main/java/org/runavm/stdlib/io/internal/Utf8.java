package org.runavm.stdlib.io.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.runavm.kernel.module.NativeError;

/** Strict UTF-8 for file contents: a file that is not UTF-8 is an error, not silently altered text. */
final class Utf8 {
    private Utf8() {
    }

    static String decode(String function, Path path, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new NativeError("ValueError", "io." + function + ": " + path + " is not valid UTF-8 (byte "
                    + in.position() + "); use read_bytes");
        }
        return out.flip().toString();
    }

    static byte[] encode(String function, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new NativeError("ValueError", "io." + function + ": the text has an unpaired surrogate U+"
                        + Integer.toHexString(c).toUpperCase() + " that UTF-8 cannot encode");
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
