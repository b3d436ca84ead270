package org.runavm.stdlib.text.internal;

import java.util.ArrayList;
import java.util.List;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;

/**
 * {@code wrap(text, width)}: the text's words (split at whitespace) filled greedily into lines of at
 * most {@code width} code points, as Python's {@code textwrap.wrap}; a word longer than a line is cut.
 */
final class WrapFunction {
    private WrapFunction() {
    }

    static void define(ModuleDefinition d) {
        d.function("wrap", 2, 2, WrapFunction::wrap);
    }

    private static void wrap(NativeCall call) {
        long width = call.integer(1);
        if (width < 1) {
            throw new NativeError("ValueError", "text.wrap: width must be at least 1, not " + width);
        }
        List<Object> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lineLength = 0;
        for (String word : call.text(0).strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            int length = word.codePointCount(0, word.length());
            if (lineLength > 0 && lineLength + 1 + length > width) {
                lines.add(line.toString());
                line.setLength(0);
                lineLength = 0;
            }
            while (length > width) { // the line is empty here: cut a word that cannot fit on any line
                int cut = word.offsetByCodePoints(0, (int) width);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
                length = word.codePointCount(0, word.length());
            }
            if (lineLength > 0) {
                line.append(' ');
                lineLength++;
            }
            line.append(word);
            lineLength += length;
        }
        if (lineLength > 0) {
            lines.add(line.toString());
        }
        call.returnValue(lines);
    }
}
