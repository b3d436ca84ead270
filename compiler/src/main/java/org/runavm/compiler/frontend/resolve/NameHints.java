package org.runavm.compiler.frontend.resolve;

import java.util.HashMap;
import java.util.Map;

/**
 * Completes "`x` is not declared" with the most likely fix: a visible name one or two edits away
 * (a typo), the standard module that exports the name (a missing {@code Import}), or the Runa
 * spelling of a habit from another language ({@code print}). Runs only on the error path.
 */
final class NameHints {

    private static final Map<String, String> MODULE_OF = new HashMap<>();

    static {
        for (String n : new String[] {"sqrt", "cbrt", "pow", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos",
                "atan", "atan2", "hypot", "gcd", "lcm", "is_nan", "is_infinite", "random", "random_int", "pi"}) {
            MODULE_OF.put(n, "math");
        }
        for (String n : new String[] {"read_text", "write_text", "append_text", "read_lines", "read_bytes", "write_bytes",
                "exists", "is_dir", "list_dir", "make_dir", "delete", "connect", "listen", "http_get"}) {
            MODULE_OF.put(n, "io");
        }
        for (String n : new String[] {"format", "matches", "find_all", "replace_all", "split_regex", "parse_json",
                "to_json", "pad_left", "pad_right"}) {
            MODULE_OF.put(n, "text");
        }
        for (String n : new String[] {"Deque", "PriorityQueue", "Counter", "DefaultMap", "zip", "range", "group_by",
                "sort_by", "unique", "flatten", "chunk", "window", "enumerate", "Bytes"}) {
            MODULE_OF.put(n, "collections");
        }
        for (String n : new String[] {"now", "monotonic_ms", "sleep", "today", "Duration"}) {
            MODULE_OF.put(n, "time");
        }
        for (String n : new String[] {"args", "env", "env_all", "os_name", "cpu_count", "exit", "user_name", "home_dir"}) {
            MODULE_OF.put(n, "system");
        }
        for (String n : new String[] {"sha256", "sha512", "md5", "hmac_sha256", "random_bytes", "uuid", "pbkdf2"}) {
            MODULE_OF.put(n, "crypto");
        }
        for (String n : new String[] {"parallel_map", "with_timeout", "await_all_settled", "AtomicInteger", "Queue"}) {
            MODULE_OF.put(n, "concurrency");
        }
    }

    private NameHints() {
    }

    /** The message for an undeclared name, with a hint when one is likely. */
    static String undeclared(String name, Scope scope) {
        String base = "`" + name + "` is not declared";
        String close = closest(name, scope);
        if (close != null) {
            return base + " (did you mean `" + close + "`?)";
        }
        String module = MODULE_OF.get(name);
        if (module != null) {
            return base + " (it is in the standard module `" + module + "`: `Import " + name + " from \"" + module + "\"`)";
        }
        return switch (name) {
            case "print", "println", "echo", "puts", "console" -> base + " (to write a line, use `Display value`)";
            case "self", "this" -> base + " (inside a method, the receiver is `Self`)";
            default -> base;
        };
    }

    private static String closest(String name, Scope scope) {
        int limit = name.length() <= 3 ? 0 : name.length() <= 6 ? 1 : 2;
        String best = null;
        int bestDistance = limit + 1;
        for (Scope s = scope; s != null; s = s.parent) {
            for (String candidate : s.names()) {
                int d = distance(name, candidate, bestDistance);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = candidate;
                }
            }
        }
        return best;
    }

    /** Levenshtein distance (case differences cost 1), giving up once it exceeds {@code cap}. */
    static int distance(String a, String b, int cap) {
        if (Math.abs(a.length() - b.length()) > cap) {
            return cap + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > cap) {
                return cap + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
