package org.runavm.stdlib.text.internal;

import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;

/**
 * {@code pad_left(text, width, fill)}, {@code pad_right} and {@code center}: widths count code points
 * (as Text is indexed), the fill is one character (a space by default), and a text already as wide
 * is returned unchanged.
 */
final class PaddingFunctions {
    private PaddingFunctions() {
    }

    static void define(ModuleDefinition d) {
        d.function("pad_left", 2, 3, call -> call.returnText(pad(call, "pad_left", 1, 0)));
        d.function("pad_right", 2, 3, call -> call.returnText(pad(call, "pad_right", 0, 1)));
        d.function("center", 2, 3, call -> call.returnText(pad(call, "center", 1, 1)));
    }

    /** Pads to the width, putting {@code left/(left+right)} of the padding before the text. */
    private static String pad(NativeCall call, String function, int left, int right) {
        String text = call.text(0);
        long width = call.integer(1);
        String fill = call.argumentCount() > 2 ? call.text(2) : " ";
        if (fill.codePointCount(0, fill.length()) != 1) {
            throw new NativeError("ValueError", "text." + function + ": the fill must be one character, not \""
                    + fill + "\"");
        }
        if (width > 100_000_000) {
            throw new NativeError("ValueError", "text." + function + ": width " + width + " is too large");
        }
        int missing = (int) width - text.codePointCount(0, text.length());
        if (missing <= 0) {
            return text;
        }
        int before = left == 0 ? 0 : right == 0 ? missing : missing / 2;
        return fill.repeat(before) + text + fill.repeat(missing - before);
    }
}
