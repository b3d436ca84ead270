package org.runavm.stdlib.text.internal;

import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeError;

/** {@code parse_json(text)} and {@code to_json(value, indent)}. */
final class JsonFunctions {
    private JsonFunctions() {
    }

    static void define(ModuleDefinition d) {
        d.function("parse_json", 1, 1, call -> call.returnValue(JsonReader.parse(call.text(0))));
        d.function("to_json", 1, 2, call -> {
            long indent = call.argumentCount() > 1 && !call.isNull(1) ? call.integer(1) : 0;
            if (indent < 0 || indent > 16) {
                throw new NativeError("ValueError", "text.to_json: indent must be 0 to 16, not " + indent);
            }
            call.returnText(JsonWriter.write(call.argument(0), (int) indent));
        });
    }
}
