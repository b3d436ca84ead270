package org.runavm.stdlib.crypto.internal;

import java.util.HexFormat;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeError;

/** {@code to_hex(bytes)} (lower case) and {@code from_hex(text)} (either case), for keys and digests. */
final class HexFunctions {
    private HexFunctions() {
    }

    static void define(ModuleDefinition d) {
        d.function("to_hex", 1, 1, call -> {
            if (!(call.argument(0) instanceof byte[] bytes)) {
                throw new NativeError("TypeError", "crypto.to_hex expects Bytes, not " + call.typeName(0));
            }
            call.returnText(HexFormat.of().formatHex(bytes));
        });
        d.function("from_hex", 1, 1, call -> {
            String text = call.text(0);
            try {
                call.returnValue(HexFormat.of().parseHex(text));
            } catch (IllegalArgumentException e) {
                String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
                throw new NativeError("ValueError", "crypto.from_hex: not pairs of hex digits: \"" + shown + "\"");
            }
        });
    }
}
