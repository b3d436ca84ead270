package org.runavm.stdlib.text.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.runavm.kernel.module.NativeError;

/**
 * JSON text to Runa values: objects to Maps in document order, arrays to Lists, integer literals to
 * Integers (beyond 64 bits: Decimal, as JavaScript reads them), other numbers to Decimals. Duplicate
 * keys and trailing content are errors rather than silently resolved; Jackson's default read
 * constraints bound nesting depth (1000) and sizes, so hostile input cannot exhaust the stack.
 */
final class JsonReader {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonReader() {
    }

    static Object parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new NativeError("ValueError", "text.parse_json: invalid JSON" + where(e.getLocation()) + ": "
                    + firstLine(e.getOriginalMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw new NativeError("ValueError", "text.parse_json: no JSON value in the text");
        }
        return convert(root);
    }

    private static Object convert(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> {
                Map<Object, Object> map = new LinkedHashMap<>();
                node.properties().forEach(e -> map.put(e.getKey(), convert(e.getValue())));
                yield map;
            }
            case ARRAY -> {
                List<Object> list = new ArrayList<>(node.size());
                node.forEach(e -> list.add(convert(e)));
                yield list;
            }
            case STRING -> node.textValue();
            case BOOLEAN -> node.booleanValue();
            case NUMBER -> node.isIntegralNumber() && node.canConvertToLong() ? (Object) node.longValue()
                    : (Object) node.doubleValue();
            default -> null; // NULL
        };
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
