package org.runavm.stdlib.text.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import org.runavm.kernel.module.NativeError;
import org.runavm.kernel.module.RunaTuple;

/**
 * Runa values to JSON text. Lists, Tuples and Sets become arrays; Maps objects, whose keys must be
 * Text or Integer (written as its digits, as Python does); NaN and the infinities, Bytes, functions,
 * instances and native objects have no JSON form and are a {@code ValueError} naming the type and
 * where it was found. With an indent the output looks like Python's {@code json.dumps(indent=n)}.
 */
final class JsonWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final int MAX_DEPTH = 1000;

    private final JsonGenerator out;

    private JsonWriter(JsonGenerator out) {
        this.out = out;
    }

    static String write(Object value, int indent) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(text)) {
            if (indent > 0) {
                generator.setPrettyPrinter(prettyPrinter(indent));
            }
            new JsonWriter(generator).value(value, "$", 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    private static DefaultPrettyPrinter prettyPrinter(int indent) {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter(" ".repeat(indent), "\n");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    private void value(Object value, String path, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new NativeError("ValueError", "text.to_json: nested deeper than " + MAX_DEPTH + " at " + path);
        }
        switch (value) {
            case null -> out.writeNull();
            case String s -> out.writeString(s);
            case Boolean b -> out.writeBoolean(b);
            case Long l -> out.writeNumber(l);
            case Double d when Double.isFinite(d) -> out.writeNumber(d);
            case Map<?, ?> map -> {
                out.writeStartObject();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    String key = key(e.getKey(), path);
                    out.writeFieldName(key);
                    value(e.getValue(), path + "." + key, depth + 1);
                }
                out.writeEndObject();
            }
            case Collection<?> items -> array(items, path, depth);
            case RunaTuple tuple -> array(tuple.elements(), path, depth);
            default -> throw new NativeError("ValueError", "text.to_json: " + describe(value)
                    + " has no JSON form (at " + path + ")");
        }
    }

    private void array(Collection<?> items, String path, int depth) throws IOException {
        out.writeStartArray();
        int i = 0;
        for (Object item : items) {
            value(item, path + "[" + i++ + "]", depth + 1);
        }
        out.writeEndArray();
    }

    private static String key(Object key, String path) {
        return switch (key) {
            case String s -> s;
            case Long l -> l.toString();
            default -> throw new NativeError("ValueError", "text.to_json: a Map key must be Text or Integer, not "
                    + TextForms.typeName(key) + " (at " + path + ")");
        };
    }

    private static String describe(Object value) {
        return value instanceof Double d ? d.toString() : "a " + TextForms.typeName(value);
    }
}
