package org.runavm.compiler.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.runavm.compiler.codegen.CodeGenerator;
import org.runavm.compiler.frontend.CheckedProgram;
import org.runavm.compiler.frontend.FrontEnd;
import org.runavm.compiler.frontend.LargeProgram;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.compile.CompilationException;
import org.runavm.kernel.compile.CompileOptions;
import org.runavm.kernel.compile.SourceFile;

/**
 * Compile time of a generated 10,000-line program after warm-up: the whole compiler (front end and
 * code generation) and code generation alone. The target is well under a second for the whole.
 *
 * <p>Run after {@code ./mvnw -pl kernel,bytecode,compiler -am test-compile}:
 * {@code java -cp <test class path> org.openjdk.jmh.Main CompileBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CompileBenchmark {

    private SourceFile source;
    private CheckedProgram checked;

    @Setup
    public void setUp() throws CompilationException {
        source = new SourceFile("large.runa", LargeProgram.generate(10_000));
        checked = new FrontEnd().check(source, CompileOptions.DEFAULTS);
    }

    @Benchmark
    public ProgramImage frontEndAndCodegen() throws CompilationException {
        return new CodeGenerator().generate(new FrontEnd().check(source, CompileOptions.DEFAULTS),
                CompileOptions.DEFAULTS);
    }

    @Benchmark
    public ProgramImage codegenOnly() throws CompilationException {
        return new CodeGenerator().generate(checked, CompileOptions.DEFAULTS);
    }
}
