package org.runavm.it;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every test of the {@code runavm} and {@code runa} commands starts from: a working directory of
 * its own for the test class, and an environment whose {@code RUNAVM_CACHE_DIR} (the framework cache
 * and class-data archive) lives in it, so no test shares or leaves behind the user's cache.
 */
abstract class CommandTestSupport {
    @TempDir
    static Path work;
    static Map<String, String> env;

    @BeforeAll
    static void environment() {
        env = Map.of("RUNAVM_CACHE_DIR", work.resolve("cache").toString());
    }
}
