package org.runavm.it.conformance;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sample of the corpus, the first program of every area, through the real {@code runavm} command
 * of the standard distribution: what the in-process {@link ConformanceTest} checks must hold for a
 * user at the command line too (stream handling, exit statuses, file names in reports). The sample
 * runs twice with one cache directory: compiled, then from the bytecode the compile cache kept.
 */
class CommandConformanceTest {
    private static final Combination COMBINATION = Combination.INTERPRETER_GENERATIONAL;

    @TempDir
    static Path cache;

    @TestFactory
    Stream<DynamicNode> sample() throws Exception {
        Path root = Corpus.defaultRoot();
        PendingList pending = PendingList.read(root);
        ProgramRunner runner = new CommandProgramRunner(root, COMBINATION, cache);
        String description = "runavm " + String.join(" ", COMBINATION.flags());
        List<CorpusCase> sample = sampleOf(Corpus.discover(root));
        return Stream.of("compiled", "from the compile cache").map(pass -> DynamicContainer.dynamicContainer(pass,
                sample.stream().map(program -> DynamicTest.dynamicTest(program.name(),
                        () -> ConformanceCheck.check(program, pending.reasonFor(program.name()), runner,
                                description + " (" + pass + ")")))));
    }

    /** The first program (by name) of each area. */
    static List<CorpusCase> sampleOf(List<CorpusCase> programs) {
        return programs.stream()
                .filter(p -> programs.stream().filter(q -> q.area().equals(p.area())).findFirst().orElseThrow() == p)
                .toList();
    }
}
