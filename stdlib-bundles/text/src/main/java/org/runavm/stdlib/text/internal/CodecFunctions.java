package org.runavm.stdlib.text.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;

/**
 * Strict codecs: UTF-8 ({@code encode_utf8}, {@code decode_utf8}), Base64 and URL percent-encoding.
 * Nothing is replaced silently: malformed input is a {@code ValueError} with its position.
 */
final class CodecFunctions {
    private CodecFunctions() {
    }

    static void define(ModuleDefinition d) {
        d.function("encode_utf8", 1, 1, call -> call.returnValue(encodeUtf8("encode_utf8", call.text(0))));
        d.function("decode_utf8", 1, 1, call -> call.returnText(decodeUtf8("decode_utf8", bytes(call, "decode_utf8"))));
        d.function("base64_encode", 1, 2, call -> {
            boolean urlSafe = call.argumentCount() > 1 && call.bool(1);
            byte[] data = call.argument(0) instanceof String s ? encodeUtf8("base64_encode", s) : bytes(call, "base64_encode");
            call.returnText((urlSafe ? Base64.getUrlEncoder() : Base64.getEncoder()).encodeToString(data));
        });
        d.function("base64_decode", 1, 1, call -> {
            String text = call.text(0).replaceAll("\\s+", ""); // line-wrapped Base64 (MIME, PEM) is common
            try {
                // the URL-safe alphabet differs in two characters; accept either so decode(encode(x)) always works
                boolean url = text.indexOf('-') >= 0 || text.indexOf('_') >= 0;
                call.returnValue((url ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(text));
            } catch (IllegalArgumentException e) {
                throw new NativeError("ValueError", "text.base64_decode: invalid Base64: " + e.getMessage());
            }
        });
        d.function("url_encode", 1, 1, call -> call.returnText(UrlCodec.encode(call.text(0))));
        d.function("url_decode", 1, 1, call -> call.returnText(UrlCodec.decode(call.text(0))));
    }

    static byte[] bytes(NativeCall call, String function) {
        if (call.argument(0) instanceof byte[] b) {
            return b;
        }
        throw new NativeError("TypeError", "text." + function + " expects Bytes, not " + call.typeName(0));
    }

    /** UTF-8 of {@code text}; an unpaired surrogate (which UTF-8 cannot encode) is a ValueError. */
    static byte[] encodeUtf8(String function, String text) {
        int codePointIndex = 0;
        for (int i = 0; i < text.length(); codePointIndex++) {
            int cp = text.codePointAt(i);
            if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                throw new NativeError("ValueError", "text." + function + ": unpaired surrogate U+"
                        + Integer.toHexString(cp).toUpperCase() + " at index " + codePointIndex);
            }
            i += Character.charCount(cp);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The text {@code bytes} encode; malformed UTF-8 is a ValueError naming the byte offset. */
    static String decodeUtf8(String function, byte[] bytes) {
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
            throw new NativeError("ValueError", "text." + function + ": malformed UTF-8 at byte " + in.position());
        }
        return out.flip().toString();
    }
}
