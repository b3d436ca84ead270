package org.runavm.stdlib.crypto.internal;

import java.nio.charset.StandardCharsets;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;

/** Arguments that may be Text (taken as UTF-8) or Bytes. */
final class Data {
    private Data() {
    }

    static byte[] bytes(NativeCall call, String function, int index) {
        return switch (call.argument(index)) {
            case byte[] b -> b;
            case String s -> utf8(function, s);
            default -> throw new NativeError("TypeError", "crypto." + function + " expects Text or Bytes, not "
                    + call.typeName(index));
        };
    }

    static byte[] utf8(String function, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new NativeError("ValueError", "crypto." + function + ": the text has an unpaired surrogate at index "
                        + i + " and no UTF-8 form");
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
