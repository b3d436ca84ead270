package org.runavm.stdlib.collections.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;

/**
 * {@code Bytes(x)}: a new Bytes value, the VM's mutable byte array (the same type {@code text.encode_utf8},
 * {@code crypto} and {@code io} use; its methods are built in). From an Integer {@code n}: {@code n} zero
 * bytes. From a List, Tuple or Set of Integers 0 to 255: those bytes. From a Text: its UTF-8 encoding.
 * From Bytes: a copy.
 */
final class BytesFunction {
    /** The largest Bytes the constructor makes (a Java array's limit). */
    static final long MAX_LENGTH = Integer.MAX_VALUE - 8;

    private BytesFunction() {
    }

    static void invoke(NativeCall call) {
        String type = call.typeName(0);
        Object value = switch (type) {
            case "Integer" -> call.integer(0);
            case "Text" -> call.text(0);
            default -> call.argument(0);
        };
        call.returnValue(of(value, type));
    }

    static byte[] of(Object value, String typeName) {
        return switch (value) {
            case Long n -> zeros(n);
            case String text -> utf8(text);
            case byte[] bytes -> bytes.clone();
            case Collection<?> values -> fromValues(values);
            case org.runavm.kernel.module.RunaTuple tuple -> fromValues(tuple.elements());
            case null, default -> throw new NativeError("TypeError",
                    "collections.Bytes needs an Integer size, a List of byte values, a Text or Bytes, not a " + typeName);
        };
    }

    private static byte[] zeros(long n) {
        if (n < 0 || n > MAX_LENGTH) {
            throw new NativeError("ValueError", "collections.Bytes: the size must be between 0 and " + MAX_LENGTH
                    + ", got " + n);
        }
        return new byte[(int) n];
    }

    private static byte[] fromValues(Collection<?> values) {
        byte[] out = new byte[values.size()];
        int i = 0;
        for (Object v : values) {
            if (!(v instanceof Long b)) {
                throw new NativeError("TypeError", "collections.Bytes: element " + i + " is not an Integer");
            }
            if (b < 0 || b > 255) {
                throw new NativeError("ValueError", "collections.Bytes: element " + i + " is " + b
                        + ", not a byte value (0 to 255)");
            }
            out[i++] = (byte) (long) b;
        }
        return out;
    }

    private static byte[] utf8(String text) {
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(java.nio.CharBuffer.wrap(text));
            byte[] out = new byte[encoded.remaining()];
            encoded.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new NativeError("ValueError", "collections.Bytes: the Text is not valid Unicode (an unpaired surrogate)");
        }
    }
}
