package org.runavm.stdlib.crypto.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.runavm.stdlib.testkit.ModuleHarness;

class AesGcmAndPbkdf2Test {
    private static final String AUTH_FAILED =
            "crypto.aes_gcm_decrypt: authentication failed (wrong key, wrong associated data or altered data)";
    private final ModuleHarness crypto = ModuleHarness.of(new CryptoModule());

    @Test
    void decryptsTheNistVectorInOurLayout() {
        // NIST GCM test case 2: zero key, zero nonce, 16 zero bytes of plaintext
        byte[] data = HexFormat.of().parseHex("000000000000000000000000"
                + "0388dace60b6a392f328c2b971b2fe78" + "ab6e47d42cec13bdf53a67b21257bddf");
        assertArrayEquals(new byte[16], (byte[]) crypto.call("aes_gcm_decrypt", new byte[16], data));
    }

    @Test
    void roundTripWithEveryKeySize() {
        for (int size : new int[] {16, 24, 32}) {
            byte[] key = (byte[]) crypto.call("random_bytes", size);
            byte[] sealed = (byte[]) crypto.call("aes_gcm_encrypt", key, "secret \u00e9");
            assertEquals(12 + "secret \u00e9".getBytes(StandardCharsets.UTF_8).length + 16, sealed.length);
            assertArrayEquals("secret \u00e9".getBytes(StandardCharsets.UTF_8), (byte[]) crypto.call("aes_gcm_decrypt", key, sealed));
        }
    }

    @Test
    void wrongKeyTamperingAndWrongAadAreValueErrors() {
        byte[] key = new byte[32];
        byte[] sealed = (byte[]) crypto.call("aes_gcm_encrypt", key, new byte[] {1, 2, 3}, "header");
        assertArrayEquals(new byte[] {1, 2, 3}, (byte[]) crypto.call("aes_gcm_decrypt", key, sealed, "header"));
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        assertEquals(AUTH_FAILED, crypto.raises("ValueError", "aes_gcm_decrypt", otherKey, sealed, "header"));
        assertEquals(AUTH_FAILED, crypto.raises("ValueError", "aes_gcm_decrypt", key, sealed, "other"));
        sealed[14] ^= 1;
        assertEquals(AUTH_FAILED, crypto.raises("ValueError", "aes_gcm_decrypt", key, sealed, "header"));
        crypto.raises("ValueError", "aes_gcm_decrypt", key, new byte[27]);
    }

    @Test
    void keysMustBeBytesOfAnAesSize() {
        assertEquals("crypto.aes_gcm_encrypt: the key must be 16, 24 or 32 bytes, not 10",
                crypto.raises("ValueError", "aes_gcm_encrypt", new byte[10], "x"));
        assertEquals("crypto.aes_gcm_encrypt: the key must be Bytes of 16, 24 or 32 bytes, not Text "
                + "(derive a key from a password with crypto.pbkdf2)",
                crypto.raises("TypeError", "aes_gcm_encrypt", "password", "x"));
        crypto.raises("TypeError", "aes_gcm_decrypt", new byte[16], "not bytes");
    }

    @Test
    void pbkdf2KnownVectorAndUseAsKey() {
        assertEquals("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b",
                HexFormat.of().formatHex((byte[]) crypto.call("pbkdf2", "password", "salt", 1)));
        assertEquals(16, ((byte[]) crypto.call("pbkdf2", "password", "salt".getBytes(StandardCharsets.UTF_8), 2, 16)).length);
        byte[] key = (byte[]) crypto.call("pbkdf2", "correct horse", "pepper", 1000);
        byte[] sealed = (byte[]) crypto.call("aes_gcm_encrypt", key, "msg");
        assertArrayEquals("msg".getBytes(StandardCharsets.UTF_8), (byte[]) crypto.call("aes_gcm_decrypt", key, sealed));
        assertEquals("crypto.pbkdf2: the salt must not be empty", crypto.raises("ValueError", "pbkdf2", "pw", "", 1));
        crypto.raises("ValueError", "pbkdf2", "pw", "salt", 0);
        crypto.raises("ValueError", "pbkdf2", "pw", "salt", 1, 0);
    }
}
