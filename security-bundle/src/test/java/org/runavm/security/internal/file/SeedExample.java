package org.runavm.security.internal.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The example policy of the seed's "Security Policies" section, kept verbatim as a test resource. */
public final class SeedExample {

    private SeedExample() {
    }

    public static String text() {
        try (InputStream in = SeedExample.class.getResourceAsStream("/policies/seed-example.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
