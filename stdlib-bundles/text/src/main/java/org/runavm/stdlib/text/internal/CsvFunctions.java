package org.runavm.stdlib.text.internal;

import java.util.ArrayList;
import java.util.List;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;
import org.runavm.kernel.module.RunaTuple;

/**
 * {@code parse_csv(text, separator)} and {@code to_csv(rows, separator)}, RFC 4180: fields may be
 * quoted with {@code "}, a quote inside is doubled, quoted fields may hold separators and newlines.
 * Records end at {@code \n} or {@code \r\n}; a final newline does not make an empty record. Every
 * field parses to Text; writing quotes only the fields that need it and ends each record with
 * {@code \n}.
 */
final class CsvFunctions {
    private CsvFunctions() {
    }

    static void define(ModuleDefinition d) {
        d.function("parse_csv", 1, 2, call -> call.returnValue(parse(call.text(0), separator(call, "parse_csv"))));
        d.function("to_csv", 1, 2, call -> call.returnText(write(call, separator(call, "to_csv"))));
    }

    private static char separator(NativeCall call, String function) {
        if (call.argumentCount() < 2 || call.isNull(1)) {
            return ',';
        }
        String s = call.text(1);
        if (s.length() != 1 || s.charAt(0) == '"' || s.charAt(0) == '\n' || s.charAt(0) == '\r') {
            throw new NativeError("ValueError", "text." + function + ": the separator must be one character other than"
                    + " a quote or newline, not \"" + s + "\"");
        }
        return s.charAt(0);
    }

    static List<Object> parse(String text, char separator) {
        List<Object> records = new ArrayList<>();
        List<Object> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && field.isEmpty()) {
                int start = line;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new NativeError("ValueError", "text.parse_csv: unterminated quoted field starting on line " + start);
                    }
                    char q = text.charAt(i++);
                    if (q == '"' && i < n && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else if (q == '"') {
                        break;
                    } else {
                        line += q == '\n' ? 1 : 0;
                        field.append(q);
                    }
                }
                continue;
            }
            if (c == separator) {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
            } else {
                field.append(c);
            }
            i++;
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    private static String write(NativeCall call, char separator) {
        if (!(call.argument(0) instanceof List<?> rows)) {
            throw new NativeError("TypeError", "text.to_csv expects a List of rows, not " + call.typeName(0));
        }
        StringBuilder out = new StringBuilder();
        int r = 0;
        for (Object row : rows) {
            List<?> fields = switch (row) {
                case List<?> l -> l;
                case RunaTuple t -> t.elements();
                default -> throw new NativeError("TypeError", "text.to_csv: row " + r + " is a " + TextForms.typeName(row)
                        + ", not a List");
            };
            for (int f = 0; f < fields.size(); f++) {
                if (f > 0) {
                    out.append(separator);
                }
                appendField(out, field(fields.get(f), r, f), separator);
            }
            out.append('\n');
            r++;
        }
        return out.toString();
    }

    private static String field(Object value, int row, int column) {
        return switch (value) {
            case null -> "";
            case String s -> s;
            case Long l -> l.toString();
            case Double d -> d.toString();
            case Boolean b -> b.toString();
            default -> throw new NativeError("ValueError", "text.to_csv: the field at row " + row + ", column " + column
                    + " is a " + TextForms.typeName(value) + "; CSV holds Text, numbers and Booleans");
        };
    }

    private static void appendField(StringBuilder out, String field, char separator) {
        boolean quote = field.indexOf(separator) >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        if (!quote) {
            out.append(field);
            return;
        }
        out.append('"').append(field.replace("\"", "\"\"")).append('"');
    }
}
