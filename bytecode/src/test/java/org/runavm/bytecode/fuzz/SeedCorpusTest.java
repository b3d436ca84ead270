package org.runavm.bytecode.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The fuzzer's seeds still mean what their names say. A seed named {@code golden-*} is a program
 * compiled from the compiler's golden corpus and must load: if a format change made them all
 * invalid, fuzzing would only explore the reader's first rejection. A seed named {@code edge-*} is
 * damaged by hand and must be rejected.
 */
class SeedCorpusTest {

    static final String INPUTS = "RunabLoadFuzzTestInputs/loadEitherSucceedsOrIsRejected";

    static List<Path> seeds() throws IOException, URISyntaxException {
        URL dir = SeedCorpusTest.class.getResource(INPUTS);
        assertTrue(dir != null, "the seed directory " + INPUTS + " is on the test class path");
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.sorted().toList();
        }
    }

    @Test
    void theCorpusHasGoldenProgramsAndDamagedFiles() throws Exception {
        List<String> names = seeds().stream().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.stream().filter(n -> n.startsWith("golden-")).count() >= 10, names.toString());
        assertTrue(names.stream().filter(n -> n.startsWith("edge-")).count() >= 10, names.toString());
    }

    @TestFactory
    Stream<DynamicTest> everySeedHasTheOutcomeItsNameSays() throws Exception {
        return seeds().stream().filter(p -> !p.getFileName().toString().startsWith("crash-"))
                .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                    LoadContract.Outcome outcome = LoadContract.check(read(p));
                    if (p.getFileName().toString().startsWith("golden-")) {
                        assertTrue(outcome.loaded(), p + " loads: " + outcome.problems());
                    } else {
                        assertFalse(outcome.loaded(), p + " is rejected");
                    }
                }));
    }

    private static byte[] read(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            return in.readAllBytes();
        }
    }
}
