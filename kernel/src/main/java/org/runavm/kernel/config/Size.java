package org.runavm.kernel.config;

import java.util.Locale;

/**
 * Byte sizes as the command line writes them: a decimal number with an optional {@code k}, {@code m}
 * or {@code g} suffix (binary multiples: {@code 1k} = 1024 bytes), e.g. {@code 128m}, {@code 1g}.
 */
public final class Size {
    public static final long KIB = 1024L;
    public static final long MIB = 1024L * KIB;
    public static final long GIB = 1024L * MIB;

    private static final String EXPECTED =
            "expected a number with an optional k, m or g suffix, e.g. 128m";

    private Size() {
    }

    /**
     * Parses {@code text} as a size in bytes.
     *
     * @param option the flag the text belongs to; it starts the error message
     * @throws ConfigException if the text is not a size or does not fit in a {@code long}
     */
    public static long parse(String option, String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        long unit = 1;
        if (!t.isEmpty()) {
            switch (t.charAt(t.length() - 1)) {
                case 'k' -> unit = KIB;
                case 'm' -> unit = MIB;
                case 'g' -> unit = GIB;
                default -> unit = 1;
            }
        }
        String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ConfigException(option, "invalid size '" + text + "' (" + EXPECTED + ")");
        }
        try {
            return Math.multiplyExact(Long.parseLong(digits), unit);
        } catch (ArithmeticException | NumberFormatException tooBig) {
            throw new ConfigException(option, "size '" + text + "' is too large");
        }
    }

    /** Formats bytes with the largest suffix that divides them exactly: 16777216 gives {@code 16m}. */
    public static String format(long bytes) {
        if (bytes != 0 && bytes % GIB == 0) {
            return bytes / GIB + "g";
        }
        if (bytes != 0 && bytes % MIB == 0) {
            return bytes / MIB + "m";
        }
        if (bytes != 0 && bytes % KIB == 0) {
            return bytes / KIB + "k";
        }
        return Long.toString(bytes);
    }
}
