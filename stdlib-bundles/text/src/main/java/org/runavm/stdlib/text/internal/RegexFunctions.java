package org.runavm.stdlib.text.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;

/**
 * Regular expressions in Java syntax. {@code matches} is a whole-text match (Java's
 * {@code String.matches}, Python's {@code fullmatch}); {@code find} searches. {@code replace_all}
 * takes Java replacement syntax ({@code $1}, {@code ${name}}) or a function of the matched text.
 */
final class RegexFunctions {
    private RegexFunctions() {
    }

    static void define(ModuleDefinition d, PatternCache cache) {
        d.function("matches", 2, 2, call -> call.returnBoolean(matcher(call, cache, "matches").matches()));
        d.function("find", 2, 2, call -> {
            Matcher m = matcher(call, cache, "find");
            if (m.find()) {
                call.returnText(m.group());
            } else {
                call.returnNull();
            }
        });
        d.function("find_all", 2, 2, call -> {
            Matcher m = matcher(call, cache, "find_all");
            List<Object> found = new ArrayList<>();
            while (m.find()) {
                found.add(m.group());
            }
            call.returnValue(found);
        });
        d.function("groups", 2, 2, call -> {
            Matcher m = matcher(call, cache, "groups");
            if (!m.find()) {
                call.returnNull();
                return;
            }
            List<Object> groups = new ArrayList<>();
            for (int g = 1; g <= m.groupCount(); g++) {
                groups.add(m.group(g)); // null for a group that did not take part
            }
            call.returnValue(groups);
        });
        d.function("replace_all", 3, 3, call -> call.returnText(replaceAll(call, matcher(call, cache, "replace_all"))));
        d.function("split_regex", 2, 2, call -> {
            Pattern p = cache.compile("split_regex", call.text(0));
            // limit -1 keeps trailing empty pieces: "a,b,".split(",") has three parts, as in Python and Go
            call.returnValue(new ArrayList<Object>(Arrays.asList(p.split(call.text(1), -1))));
        });
        d.function("escape_regex", 1, 1, call -> call.returnText(Pattern.quote(call.text(0))));
    }

    private static Matcher matcher(NativeCall call, PatternCache cache, String function) {
        return cache.compile(function, call.text(0)).matcher(call.text(1));
    }

    private static String replaceAll(NativeCall call, Matcher m) {
        if ("Function".equals(call.typeName(2))) {
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                Object replacement = call.callFunction(2, m.group());
                if (!(replacement instanceof String s)) {
                    throw new NativeError("TypeError", "text.replace_all: the replacement function must return Text");
                }
                m.appendReplacement(out, Matcher.quoteReplacement(s));
            }
            return m.appendTail(out).toString();
        }
        String with = call.text(2);
        try {
            return m.replaceAll(with);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new NativeError("ValueError", "text.replace_all: invalid replacement \"" + with + "\": " + e.getMessage());
        }
    }
}
