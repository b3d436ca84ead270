package org.runavm.stdlib.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;

/**
 * {@code format(template, values...)}: {@code {}} takes the next value, {@code {2}} the value at that
 * index, {@code {name}} the entry of the last value, which must then be a Map; {@code {{} and
 * {@code }}} are literal braces. After a colon comes a {@link FormatSpec} ({@code {:>8.2f}}).
 */
final class TemplateFormatter {
    private final String template;
    private final List<Object> values;
    private int nextPositional;

    private TemplateFormatter(String template, List<Object> values) {
        this.template = template;
        this.values = values;
    }

    static void format(NativeCall call) {
        List<Object> values = new ArrayList<>();
        for (int i = 1; i < call.argumentCount(); i++) {
            values.add(call.argument(i));
        }
        call.returnText(new TemplateFormatter(call.text(0), values).render());
    }

    /** Formats {@code template} with {@code values}; for tests and other Java callers. */
    static String format(String template, List<Object> values) {
        return new TemplateFormatter(template, values).render();
    }

    private String render() {
        StringBuilder out = new StringBuilder(template.length() + 16);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
                out.append('}');
                i += 2;
            } else if (c == '{') {
                int close = template.indexOf('}', i);
                if (close < 0) {
                    throw error("unclosed { at index " + i);
                }
                out.append(field(template.substring(i + 1, close)));
                i = close + 1;
            } else if (c == '}') {
                throw error("single } at index " + i + " (write }} for a brace)");
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private String field(String field) {
        int colon = field.indexOf(':');
        String name = colon < 0 ? field : field.substring(0, colon);
        String spec = colon < 0 ? "" : field.substring(colon + 1);
        return FormatSpec.parse(spec).apply(value(name.strip()));
    }

    private Object value(String name) {
        if (name.isEmpty()) {
            return positional(nextPositional++, "{}");
        }
        if (name.chars().allMatch(Character::isDigit)) {
            return positional(parseIndex(name), "{" + name + "}");
        }
        if (values.isEmpty() || !(values.getLast() instanceof Map<?, ?> named)) {
            throw error("{" + name + "} needs a Map of values as the last argument");
        }
        if (!named.containsKey(name)) {
            throw new NativeError("KeyError", "text.format: no value named \"" + name + "\" for {" + name + "}");
        }
        return named.get(name);
    }

    private static int parseIndex(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private Object positional(int index, String placeholder) {
        if (index >= values.size()) {
            throw new NativeError("IndexError", "text.format: no value for " + placeholder + " (position " + index
                    + ", " + values.size() + " given)");
        }
        return values.get(index);
    }

    private NativeError error(String problem) {
        return new NativeError("ValueError", "text.format: " + problem + " in template \"" + template + "\"");
    }
}
