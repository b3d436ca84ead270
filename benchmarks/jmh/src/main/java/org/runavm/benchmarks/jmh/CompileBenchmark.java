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
import org.runavm.bytecode.internal.RunabLoader;
import org.runavm.compiler.internal.RunaCompiler;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.compile.CompilationException;
import org.runavm.kernel.compile.CompileOptions;
import org.runavm.kernel.compile.SourceFile;
import org.runavm.kernel.loader.VerificationException;

/**
 * How long {@code runa compile} spends on a large file, without the JVM and framework start-up:
 * the compiler service (front end and code generation, as {@link RunaCompiler} runs them), and the
 * same followed by the loader's verification of the image, which {@code runavm FILE.runa} also does
 * before running. The goal (docs/PERFORMANCE.md, "Compiler") is under one second for 10,000 lines.
 *
 * <p>Run: {@code java -jar benchmarks/jmh/target/benchmarks.jar Compile}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 15, time = 3)
@Measurement(iterations = 8, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class CompileBenchmark {

    @Param({"10000"})
    public int lines;

    private final RunaCompiler compiler = new RunaCompiler();
    private final RunabLoader loader = new RunabLoader();
    private SourceFile source;

    @Setup
    public void generate() {
        source = new SourceFile("generated.runa", GeneratedProgram.ofLines(lines));
    }

    @Benchmark
    public ProgramImage compile() throws CompilationException {
        return compiler.compile(source, CompileOptions.DEFAULTS);
    }

    @Benchmark
    public ProgramImage compileAndVerify() throws CompilationException, VerificationException {
        ProgramImage image = compiler.compile(source, CompileOptions.DEFAULTS);
        loader.verify(image, source.path());
        return image;
    }
}
