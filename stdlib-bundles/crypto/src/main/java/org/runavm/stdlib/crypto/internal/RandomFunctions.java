package org.runavm.stdlib.crypto.internal;

import java.security.SecureRandom;
import java.util.UUID;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;
import org.runavm.kernel.security.Permission;

/** {@code random_bytes(n)} and {@code uuid()} (version 4): OS entropy, so both need {@code random}. */
final class RandomFunctions {
    /** Thread-safe; seeded by the platform from OS entropy. */
    static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_BYTES = 1 << 26;

    private RandomFunctions() {
    }

    static void define(ModuleDefinition d) {
        d.function("random_bytes", 1, 1, call -> {
            long n = call.integer(0);
            if (n < 0 || n > MAX_BYTES) {
                throw new NativeError("ValueError", "crypto.random_bytes: " + n + " is not a size from 0 to " + MAX_BYTES);
            }
            requireEntropy(call);
            byte[] bytes = new byte[(int) n];
            RANDOM.nextBytes(bytes);
            call.returnValue(bytes);
        });
        d.function("uuid", 0, 0, call -> {
            requireEntropy(call);
            call.returnText(UUID.randomUUID().toString());
        });
    }

    static void requireEntropy(NativeCall call) {
        call.environment().security().require(Permission.RANDOM, "");
    }
}
