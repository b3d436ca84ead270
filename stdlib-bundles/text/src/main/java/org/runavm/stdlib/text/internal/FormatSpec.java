package org.runavm.stdlib.text.internal;

import java.util.Locale;
import org.runavm.kernel.module.NativeError;

/**
 * A placeholder's format spec, Python's mini-language in a small form:
 * {@code [[fill]align][sign][0][width][,][.precision][type]} with align {@code < > ^ =}, sign
 * {@code + - space}, and type {@code s d f e % x X o b}. Without a type, numbers are written in their
 * text form (a precision alone means {@code f}); width counts code points.
 */
record FormatSpec(String spec, String fill, char align, char sign, int width, boolean grouping, int precision,
                  char type) {
    private static final FormatSpec PLAIN = new FormatSpec("", " ", '\0', '-', 0, false, -1, '\0');

    static FormatSpec parse(String spec) {
        if (spec.isEmpty()) {
            return PLAIN;
        }
        int i = 0;
        String fill = " ";
        char align = '\0';
        int firstLength = Character.charCount(spec.codePointAt(0));
        if (spec.length() > firstLength && isAlign(spec.charAt(firstLength))) {
            fill = spec.substring(0, firstLength);
            align = spec.charAt(firstLength);
            i = firstLength + 1;
        } else if (isAlign(spec.charAt(0))) {
            align = spec.charAt(0);
            i = 1;
        }
        char sign = '-';
        if (i < spec.length() && "+- ".indexOf(spec.charAt(i)) >= 0) {
            sign = spec.charAt(i++);
        }
        if (i < spec.length() && spec.charAt(i) == '0' && align == '\0') {
            fill = "0";
            align = '=';
            i++;
        }
        int start = i;
        while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
            i++;
        }
        int width = start == i ? 0 : number(spec, start, i);
        boolean grouping = i < spec.length() && spec.charAt(i) == ',';
        if (grouping) {
            i++;
        }
        int precision = -1;
        if (i < spec.length() && spec.charAt(i) == '.') {
            start = ++i;
            while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (start == i) {
                throw invalid(spec);
            }
            precision = number(spec, start, i);
        }
        char type = '\0';
        if (i < spec.length()) {
            type = spec.charAt(i++);
            if ("sdfFe%xXob".indexOf(type) < 0) {
                throw invalid(spec);
            }
        }
        if (i != spec.length()) {
            throw invalid(spec);
        }
        return new FormatSpec(spec, fill, align, sign, width, grouping, precision, type);
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '^' || c == '=';
    }

    private static int number(String spec, int from, int to) {
        if (to - from > 6) {
            throw invalid(spec); // a width or precision of a million characters is a mistake
        }
        return Integer.parseInt(spec, from, to, 10);
    }

    private static NativeError invalid(String spec) {
        return new NativeError("ValueError", "text.format: invalid format spec \"" + spec + "\"");
    }

    /** {@code value} formatted and padded as this spec says. */
    String apply(Object value) {
        boolean numeric = value instanceof Long || value instanceof Double;
        String body = numeric && type != 's' ? number(value) : text(value);
        return pad(body, numeric && type != 's');
    }

    private String text(Object value) {
        if (type != '\0' && type != 's') {
            throw wrongType(value, "a number");
        }
        String s = TextForms.of(value);
        if (precision >= 0 && s.codePointCount(0, s.length()) > precision) {
            s = s.substring(0, s.offsetByCodePoints(0, precision));
        }
        return s;
    }

    private String number(Object value) {
        String digits = switch (type) {
            case 'd' -> String.format(Locale.ROOT, grouping ? "%,d" : "%d", integer(value));
            case 'x' -> Long.toString(integer(value), 16);
            case 'X' -> Long.toString(integer(value), 16).toUpperCase(Locale.ROOT);
            case 'o' -> Long.toString(integer(value), 8);
            case 'b' -> Long.toString(integer(value), 2);
            case 'e' -> String.format(Locale.ROOT, "%." + precisionOr(6) + "e", decimal(value));
            case '%' -> fixed(decimal(value) * 100, precisionOr(6)) + "%";
            case 'f', 'F' -> fixed(decimal(value), precisionOr(6));
            default -> precision >= 0 ? fixed(decimal(value), precision)
                    : value instanceof Long l && grouping ? String.format(Locale.ROOT, "%,d", l) : value.toString();
        };
        boolean negative = digits.startsWith("-");
        if (!negative && sign != '-') {
            return sign + digits;
        }
        return digits;
    }

    private String fixed(double v, int places) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return String.format(Locale.ROOT, (grouping ? "%,." : "%.") + places + "f", v);
    }

    private int precisionOr(int fallback) {
        return precision >= 0 ? precision : fallback;
    }

    private long integer(Object value) {
        if (value instanceof Long l) {
            return l;
        }
        throw wrongType(value, "an Integer");
    }

    private static double decimal(Object value) {
        return ((Number) value).doubleValue();
    }

    private NativeError wrongType(Object value, String needed) {
        return new NativeError("ValueError", "text.format: format spec \"" + spec + "\" needs " + needed + ", not "
                + TextForms.typeName(value));
    }

    private String pad(String body, boolean numeric) {
        int length = body.codePointCount(0, body.length());
        if (length >= width) {
            return body;
        }
        String padding = fill.repeat(width - length);
        char effective = align != '\0' ? align : numeric ? '>' : '<';
        return switch (effective) {
            case '>' -> padding + body;
            case '^' -> {
                int left = (width - length) / 2;
                yield fill.repeat(left) + body + fill.repeat(width - length - left);
            }
            case '=' -> {
                int signLength = !body.isEmpty() && "+- ".indexOf(body.charAt(0)) >= 0 ? 1 : 0;
                yield body.substring(0, signLength) + padding + body.substring(signLength);
            }
            default -> body + padding;
        };
    }
}
