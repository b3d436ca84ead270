package org.runavm.stdlib.crypto.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.runavm.kernel.module.ModuleDefinition;

/**
 * {@code sha256}, {@code sha512}, {@code sha1}, {@code md5}, {@code hmac_sha256}, {@code hmac_sha512}
 * (lower-case hex Text) and {@code constant_time_equals}. MD5 and SHA-1 are offered for checksums
 * and old protocols, not for security.
 */
final class DigestFunctions {
    private DigestFunctions() {
    }

    static void define(ModuleDefinition d) {
        digest(d, "sha256", "SHA-256");
        digest(d, "sha512", "SHA-512");
        digest(d, "sha1", "SHA-1");
        digest(d, "md5", "MD5");
        hmac(d, "hmac_sha256", "HmacSHA256");
        hmac(d, "hmac_sha512", "HmacSHA512");
        d.function("constant_time_equals", 2, 2, call -> call.returnBoolean(MessageDigest.isEqual(
                Data.bytes(call, "constant_time_equals", 0), Data.bytes(call, "constant_time_equals", 1))));
    }

    private static void digest(ModuleDefinition d, String name, String algorithm) {
        d.function(name, 1, 1, call -> {
            byte[] data = Data.bytes(call, name, 0);
            try {
                call.returnText(HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(algorithm + " is required of every Java platform", e);
            }
        });
    }

    private static void hmac(ModuleDefinition d, String name, String algorithm) {
        d.function(name, 2, 2, call -> {
            byte[] key = Data.bytes(call, name, 0);
            byte[] data = Data.bytes(call, name, 1);
            try {
                Mac mac = Mac.getInstance(algorithm);
                // an empty key is legal HMAC, but SecretKeySpec refuses it: a one-zero-byte key is equivalent
                mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, algorithm));
                call.returnText(HexFormat.of().formatHex(mac.doFinal(data)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(algorithm + " is required of every Java platform", e);
            }
        });
    }
}
