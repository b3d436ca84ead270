package org.runavm.stdlib.crypto.internal;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;

/**
 * {@code pbkdf2(password, salt, iterations, length)}: PBKDF2 with HMAC-SHA256, returning
 * {@code length} Bytes (32 by default, an AES-256 key). The salt is Text (UTF-8) or Bytes and must
 * not be empty; OWASP recommends at least 600,000 iterations for passwords.
 */
final class Pbkdf2 {
    private static final int MAX_LENGTH = 1024;

    private Pbkdf2() {
    }

    static void define(ModuleDefinition d) {
        d.function("pbkdf2", 3, 4, Pbkdf2::derive);
    }

    private static void derive(NativeCall call) {
        char[] password = call.text(0).toCharArray();
        byte[] salt = Data.bytes(call, "pbkdf2", 1);
        long iterations = call.integer(2);
        long length = call.argumentCount() > 3 ? call.integer(3) : 32;
        if (salt.length == 0) {
            throw new NativeError("ValueError", "crypto.pbkdf2: the salt must not be empty");
        }
        if (iterations < 1 || iterations > Integer.MAX_VALUE) {
            throw new NativeError("ValueError", "crypto.pbkdf2: iterations must be at least 1, not " + iterations);
        }
        if (length < 1 || length > MAX_LENGTH) {
            throw new NativeError("ValueError", "crypto.pbkdf2: length must be 1 to " + MAX_LENGTH + " bytes, not " + length);
        }
        PBEKeySpec spec = new PBEKeySpec(password, salt, (int) iterations, (int) length * 8);
        try {
            call.returnValue(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is required of every Java platform", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(password, '\0');
        }
    }
}
