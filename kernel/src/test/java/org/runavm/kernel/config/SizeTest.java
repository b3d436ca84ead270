package org.runavm.kernel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SizeTest {
    @ParameterizedTest
    @CsvSource({"0,0", "512,512", "1k,1024", "128m,134217728", "1g,1073741824", "16M,16777216", "2G,2147483648"})
    void parsesNumbersWithSuffixes(String text, long bytes) {
        assertEquals(bytes, Size.parse("--gc-max-heap", text));
    }

    @Test
    void rejectsAnUnknownSuffixNamingTheOption() {
        ConfigException e = assertThrows(ConfigException.class, () -> Size.parse("--gc-max-heap", "12x"));
        assertEquals("--gc-max-heap: invalid size '12x' (expected a number with an optional k, m or g suffix, "
                + "e.g. 128m)", e.getMessage());
        assertEquals("--gc-max-heap", e.option());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "m", "-1m", "1.5g", "1 g", "0x10", "1mb"})
    void rejectsMalformedSizes(String text) {
        assertThrows(ConfigException.class, () -> Size.parse("--memory-limit", text));
    }

    @Test
    void rejectsSizesThatOverflow() {
        ConfigException e = assertThrows(ConfigException.class, () -> Size.parse("--gc-max-heap", "99999999999g"));
        assertEquals("--gc-max-heap: size '99999999999g' is too large", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"16777216,16m", "1073741824,1g", "2048,2k", "1000,1000", "0,0"})
    void formatsWithTheLargestExactSuffix(long bytes, String text) {
        assertEquals(text, Size.format(bytes));
    }
}
