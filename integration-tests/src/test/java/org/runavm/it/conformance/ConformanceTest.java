package org.runavm.it.conformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Runa conformance corpus ({@code tests/conformance}) under every engine x collector combination
 * the distributions ship ({@link Combination}): one dynamic test per program and combination, named
 * by the program's file. Each distribution is booted once for the whole suite; every program runs
 * in a fresh VM. Programs listed in {@code PENDING} are skipped with their reason, and fail when they
 * pass (see {@link ConformanceCheck}). A program marked {@code NAME.command} (C writes part of its
 * output) runs as a separate {@code runavm} process of the same distribution and combination.
 */
class ConformanceTest {
    @TempDir
    static Path cache;

    private static final List<CorpusFramework> BOOTED = new ArrayList<>();

    @AfterAll
    static void stopFrameworks() {
        BOOTED.forEach(CorpusFramework::close);
        BOOTED.clear();
    }

    @TestFactory
    Stream<DynamicNode> corpus() throws Exception {
        Path root = Corpus.defaultRoot();
        List<CorpusCase> programs = Corpus.discover(root);
        PendingList pending = PendingList.read(root);
        List<DynamicNode> combinations = new ArrayList<>();
        for (Combination combination : Combination.values()) {
            // Booted here, before any program runs, so that a distribution that cannot start fails the
            // suite instead of looking like a pending program.
            CorpusFramework framework = CorpusFramework.boot(combination.distribution(),
                    cache.resolve(combination.distribution()));
            BOOTED.add(framework);
            combination.missingFrom(framework.factory().describe()).ifPresent(problem -> {
                throw new IllegalStateException(combination.description() + ": " + problem);
            });
            ProgramRunner inProcess = new VmProgramRunner(framework.factory(), combination);
            ProgramRunner command = new CommandProgramRunner(root, combination, cache.resolve("command-" + combination.name()));
            combinations.add(DynamicContainer.dynamicContainer(combination.description(),
                    programs.stream().map(program -> test(program, pending,
                            program.runsAsCommand() ? command : inProcess, combination))));
        }
        return combinations.stream();
    }

    private static DynamicNode test(CorpusCase program, PendingList pending, ProgramRunner runner, Combination combination) {
        return DynamicTest.dynamicTest(program.name(),
                () -> ConformanceCheck.check(program, pending.reasonFor(program.name()), runner, combination.description()));
    }
}
