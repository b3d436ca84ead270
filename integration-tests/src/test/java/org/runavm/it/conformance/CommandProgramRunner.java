package org.runavm.it.conformance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.runavm.it.CommandRun;


/**
 * Runs a corpus program through the real {@code runavm} command of a distribution jar, in a separate
 * JVM, from the corpus root with the program's corpus name as its path, so file names in stack traces
 * and compile errors read exactly as in the in-process runs and relative imports resolve. Heap checks
 * of the combination are asked for through the environment, as a user would.
 */
final class CommandProgramRunner implements ProgramRunner {
    private final Path root;
    private final Combination combination;
    private final Path cache;

    CommandProgramRunner(Path root, Combination combination, Path cache) {
        this.root = root;
        this.combination = combination;
        this.cache = cache;
    }

    @Override
    public Outcome run(CorpusCase program) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(combination.flags()));
        args.add(program.name());
        args.addAll(program.arguments());
        Map<String, String> env = new HashMap<>(combination.environment());
        env.put("RUNAVM_CACHE_DIR", cache.toString());
        CommandRun run = CommandRun.of(combination.distribution(), "runavm", root, env, args.toArray(String[]::new));
        return new Outcome(run.stdout(), run.stderr(), run.exitStatus());
    }
}
