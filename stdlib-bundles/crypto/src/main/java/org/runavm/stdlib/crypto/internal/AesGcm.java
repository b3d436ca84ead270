package org.runavm.stdlib.crypto.internal;

import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;

/**
 * {@code aes_gcm_encrypt(key, plaintext, aad)} and {@code aes_gcm_decrypt(key, data, aad)}.
 *
 * <p>Layout of the encrypted Bytes: a 12-byte random nonce, then the ciphertext (as long as the
 * plaintext), then the 16-byte authentication tag: {@code nonce || ciphertext || tag}, the layout of
 * Go's {@code gcm.Seal(nonce, nonce, ...)} and of Python's {@code AESGCM} with the nonce prepended,
 * so other languages can decrypt it. The key is Bytes of 16, 24 or 32 bytes (AES-128/192/256); Text
 * keys are refused rather than stretched, since a password needs a slow, salted derivation
 * ({@code pbkdf2}), which this function cannot choose for the program (decision 086). Decryption
 * returns Bytes; any failure (wrong key, wrong associated data, altered data) is one
 * {@code ValueError} that does not say which, as an oracle must not.
 */
final class AesGcm {
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;

    private AesGcm() {
    }

    static void define(ModuleDefinition d) {
        d.function("aes_gcm_encrypt", 2, 3, call -> {
            SecretKeySpec key = key(call, "aes_gcm_encrypt");
            byte[] plaintext = Data.bytes(call, "aes_gcm_encrypt", 1);
            byte[] aad = aad(call, "aes_gcm_encrypt");
            RandomFunctions.requireEntropy(call);
            byte[] nonce = new byte[NONCE_BYTES];
            RandomFunctions.RANDOM.nextBytes(nonce);
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
                cipher.updateAAD(aad);
                byte[] out = new byte[NONCE_BYTES + cipher.getOutputSize(plaintext.length)];
                System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
                cipher.doFinal(plaintext, 0, plaintext.length, out, NONCE_BYTES);
                call.returnValue(out);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM is required of every Java platform", e);
            }
        });
        d.function("aes_gcm_decrypt", 2, 3, call -> {
            SecretKeySpec key = key(call, "aes_gcm_decrypt");
            if (!(call.argument(1) instanceof byte[] data)) {
                throw new NativeError("TypeError", "crypto.aes_gcm_decrypt expects the encrypted Bytes, not " + call.typeName(1));
            }
            byte[] aad = aad(call, "aes_gcm_decrypt");
            if (data.length < NONCE_BYTES + TAG_BITS / 8) {
                throw new NativeError("ValueError", "crypto.aes_gcm_decrypt: " + data.length
                        + " bytes are too short to be aes_gcm_encrypt output (nonce + ciphertext + tag)");
            }
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
                cipher.updateAAD(aad);
                call.returnValue(cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES));
            } catch (AEADBadTagException e) {
                throw new NativeError("ValueError",
                        "crypto.aes_gcm_decrypt: authentication failed (wrong key, wrong associated data or altered data)");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM is required of every Java platform", e);
            }
        });
    }

    private static SecretKeySpec key(NativeCall call, String function) {
        if (!(call.argument(0) instanceof byte[] key)) {
            throw new NativeError("TypeError", "crypto." + function + ": the key must be Bytes of 16, 24 or 32 bytes, not "
                    + call.typeName(0) + " (derive a key from a password with crypto.pbkdf2)");
        }
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new NativeError("ValueError", "crypto." + function + ": the key must be 16, 24 or 32 bytes, not "
                    + key.length);
        }
        return new SecretKeySpec(key, "AES");
    }

    private static byte[] aad(NativeCall call, String function) {
        return call.argumentCount() > 2 && !call.isNull(2) ? Data.bytes(call, function, 2) : new byte[0];
    }
}
