package org.runavm.security.internal.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SizeTextTest {

    @Test
    void suffixesArePowersOf1024() {
        assertEquals(100, SizeText.parse("100"));
        assertEquals(64L << 10, SizeText.parse("64k"));
        assertEquals(128L << 20, SizeText.parse("128m"));
        assertEquals(2L << 30, SizeText.parse("2G"));
    }

    @Test
    void invalidSizes() {
        for (String bad : new String[] {"", "m", "12x", "-1", "0", "1.5g", "99999999999g", "1 m"}) {
            assertThrows(IllegalArgumentException.class, () -> SizeText.parse(bad), bad);
        }
    }
}
