package org.runavm.stdlib.crypto.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.security.Permission;
import org.runavm.stdlib.testkit.ModuleHarness;
import org.runavm.stdlib.testkit.TestEnvironment;

class RandomAndHexTest {

    @Test
    void randomBytesAndUuids() {
        ModuleHarness crypto = TestEnvironment.sandboxed().bind(new CryptoModule());
        byte[] a = (byte[]) crypto.call("random_bytes", 32);
        byte[] b = (byte[]) crypto.call("random_bytes", 32);
        assertEquals(32, a.length);
        assertFalse(Arrays.equals(a, b));
        assertEquals(0, ((byte[]) crypto.call("random_bytes", 0)).length);
        crypto.raises("ValueError", "random_bytes", -1);
        String uuid = (String) crypto.call("uuid");
        assertTrue(uuid.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), uuid);
    }

    @Test
    void entropyNeedsTheRandomPermission() {
        ModuleHarness crypto = TestEnvironment.sandboxed().deny(Permission.RANDOM, "").bind(new CryptoModule());
        assertEquals("random denied", crypto.denied("random_bytes", 4));
        assertEquals("random denied", crypto.denied("uuid"));
        assertEquals("random denied", crypto.denied("aes_gcm_encrypt", new byte[16], "x"));
        assertEquals(64, ((String) crypto.call("sha256", "x")).length());
    }

    @Test
    void hex() {
        ModuleHarness crypto = ModuleHarness.of(new CryptoModule());
        assertEquals("00ff10", crypto.call("to_hex", new byte[] {0, (byte) 0xFF, 0x10}));
        assertArrayEquals(new byte[] {0, (byte) 0xFF, 0x10}, (byte[]) crypto.call("from_hex", "00FF10"));
        assertEquals("crypto.from_hex: not pairs of hex digits: \"abc\"", crypto.raises("ValueError", "from_hex", "abc"));
        crypto.raises("ValueError", "from_hex", "zz");
    }
}
