package org.runavm.kernel.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses the lower-case command-line spelling of the configuration enums. */
final class Choices {
    private Choices() {
    }

    static String cliName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String option, String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (cliName(constant).equals(wanted)) {
                return constant;
            }
        }
        throw new ConfigException(option, "invalid value '" + text + "' (expected one of: "
                + names(type) + ")");
    }

    static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Choices::cliName)
                .collect(Collectors.joining(", "));
    }
}
