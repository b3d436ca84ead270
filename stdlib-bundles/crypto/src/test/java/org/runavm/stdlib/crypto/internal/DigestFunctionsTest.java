package org.runavm.stdlib.crypto.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.runavm.stdlib.testkit.ModuleHarness;
import org.runavm.stdlib.testkit.TestEnvironment;

class DigestFunctionsTest {
    private final ModuleHarness crypto = TestEnvironment.sandboxed().bind(new CryptoModule());

    @Test
    void digestsOfKnownVectors() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", crypto.call("sha256", "abc"));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                crypto.call("sha256", "abc".getBytes(StandardCharsets.UTF_8)));
        assertEquals("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd"
                + "454d4423643ce80e2a9ac94fa54ca49f", crypto.call("sha512", "abc"));
        assertEquals("a9993e364706816aba3e25717850c26c9cd0d89d", crypto.call("sha1", "abc"));
        assertEquals("d41d8cd98f00b204e9800998ecf8427e", crypto.call("md5", ""));
        assertEquals(crypto.call("sha256", "\u00e9".getBytes(StandardCharsets.UTF_8)), crypto.call("sha256", "\u00e9"));
    }

    @Test
    void hmacRfc4231() {
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                crypto.call("hmac_sha256", "Jefe", "what do ya want for nothing?"));
        assertEquals("164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a3"
                + "4d4a6b4b636e070a38bce737", crypto.call("hmac_sha512", "Jefe", "what do ya want for nothing?"));
        assertEquals(64, ((String) crypto.call("hmac_sha256", "", "data")).length());
    }

    @Test
    void constantTimeEquals() {
        assertEquals(true, crypto.call("constant_time_equals", "abc", "abc"));
        assertEquals(false, crypto.call("constant_time_equals", "abc", "abd"));
        assertEquals(true, crypto.call("constant_time_equals", "ab", "ab".getBytes(StandardCharsets.UTF_8)));
        assertEquals(false, crypto.call("constant_time_equals", "ab", "abc"));
    }

    @Test
    void badInputs() {
        assertEquals("crypto.sha256 expects Text or Bytes, not Integer", crypto.raises("TypeError", "sha256", 5));
        crypto.raises("ValueError", "sha256", "bad \uDC00");
    }
}
