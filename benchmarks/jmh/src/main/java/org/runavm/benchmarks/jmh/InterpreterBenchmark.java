package org.runavm.benchmarks.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.runavm.compiler.internal.RunaCompiler;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.compile.CompilationException;
import org.runavm.kernel.compile.CompileOptions;
import org.runavm.kernel.compile.SourceFile;

/**
 * The interpreter's hot paths (dispatch loop, allocation, field access, calls, Text concatenation),
 * each a small program ({@link HotPathProgram}) compiled once and run to its end in a fresh VM per
 * invocation, without the JVM and framework start-up that dominate a {@code runavm} run.
 *
 * <p>Run: {@code java -jar benchmarks/jmh/target/benchmarks.jar Interpreter} (or
 * {@code Interpreter -p program=CALLS} for one program).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class InterpreterBenchmark {

    @Param({"DISPATCH", "ALLOCATION", "FIELDS", "CALLS", "TEXT"})
    public HotPathProgram program;

    private ProgramImage image;

    @Setup
    public void compile() throws CompilationException {
        image = compile(program);
    }

    static ProgramImage compile(HotPathProgram program) throws CompilationException {
        String name = program.name().toLowerCase() + ".runa";
        return new RunaCompiler().compile(new SourceFile(name, program.source()), CompileOptions.DEFAULTS);
    }

    @Benchmark
    public InterpreterRun.Outcome run() {
        return InterpreterRun.run(image);
    }
}
