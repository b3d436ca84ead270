package org.runavm.stdlib.text.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.runavm.kernel.module.NativeError;

/**
 * Compiled patterns of one VM, least recently used first out. Programs call the regex functions in
 * loops with the same few literal patterns; compiling each time would dominate the cost.
 */
final class PatternCache {
    private static final int CAPACITY = 256;

    private final Map<String, Pattern> patterns = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The compiled {@code pattern}; an invalid one is a ValueError naming it and the problem. */
    synchronized Pattern compile(String function, String pattern) {
        Pattern compiled = patterns.get(pattern);
        if (compiled == null) {
            try {
                compiled = Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                String where = e.getIndex() >= 0 ? " near index " + e.getIndex() : "";
                throw new NativeError("ValueError", "text." + function + ": invalid pattern \"" + pattern + "\": "
                        + e.getDescription() + where);
            }
            patterns.put(pattern, compiled);
        }
        return compiled;
    }
}
