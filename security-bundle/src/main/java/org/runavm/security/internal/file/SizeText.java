package org.runavm.security.internal.file;

import java.util.Locale;

/** The SIZE syntax of {@code spec/cli.md}: a number with an optional {@code k}, {@code m} or {@code g} suffix (powers of 1024). */
final class SizeText {

    private SizeText() {
    }

    /** The byte count {@code text} names; positive. */
    static long parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        long unit = 1;
        if (!s.isEmpty()) {
            switch (s.charAt(s.length() - 1)) {
                case 'k' -> unit = 1L << 10;
                case 'm' -> unit = 1L << 20;
                case 'g' -> unit = 1L << 30;
                default -> unit = 1;
            }
            if (unit > 1) {
                s = s.substring(0, s.length() - 1);
            }
        }
        if (s.isEmpty() || !s.chars().allMatch(c -> c >= '0' && c <= '9') || s.length() > 18) {
            throw new IllegalArgumentException(text);
        }
        long value = Long.parseLong(s);
        if (value <= 0) {
            throw new IllegalArgumentException(text);
        }
        try {
            return Math.multiplyExact(value, unit);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
