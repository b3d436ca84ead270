package org.runavm.it.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the programs of the conformance corpus: every {@code **}{@code /NAME.runa} under the root
 * except those inside a {@code lib} directory, which hold modules that tests import and are not
 * tests themselves.
 */
public final class Corpus {
    /** Directories with this name hold helper modules, not tests. */
    static final String HELPER_DIRECTORY = "lib";

    private Corpus() {
    }

    /** The corpus of this source tree: {@code tests/conformance} under the {@code runavm.root} property. */
    public static Path defaultRoot() {
        return Path.of(System.getProperty("runavm.root", "..")).resolve("tests").resolve("conformance")
                .toAbsolutePath().normalize();
    }

    /** Every program under {@code root}, sorted by name. */
    public static List<CorpusCase> discover(Path root) throws IOException {
        List<CorpusCase> cases = new ArrayList<>();
        for (Path file : programFiles(root)) {
            cases.add(CorpusCase.read(root, file));
        }
        return cases;
    }

    /** The program files under {@code root}, sorted by their relative name. */
    static List<Path> programFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("no conformance corpus at " + root);
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".runa"))
                    .filter(p -> !isHelper(root, p))
                    .sorted(Comparator.comparing(p -> root.relativize(p).toString().replace('\\', '/')))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean isHelper(Path root, Path file) {
        for (Path part : root.relativize(file).getParent() == null ? List.<Path>of() : root.relativize(file).getParent()) {
            if (part.toString().equals(HELPER_DIRECTORY)) {
                return true;
            }
        }
        return false;
    }
}
