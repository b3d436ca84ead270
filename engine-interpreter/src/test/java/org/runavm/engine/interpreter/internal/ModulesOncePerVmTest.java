package org.runavm.engine.interpreter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runavm.kernel.bytecode.MetadataEntry;
import org.runavm.kernel.bytecode.Opcode;
import org.runavm.kernel.bytecode.ProgramBuilder;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.exec.ExecutionResult;
import org.runavm.kernel.heap.HeapConfig;

/**
 * A Runa module runs once per VM (language.md §8): one engine instance running several programs
 * runs an imported module's top level for the first Import only, and keeps its members alive
 * between the runs; another VM runs it again.
 */
class ModulesOncePerVmTest {

    /** A module whose top level displays that it runs and defines {@code label}. */
    private static ProgramImage labelModule() {
        ProgramBuilder b = new ProgramBuilder();
        b.function("<main>").code()
                .emit(Opcode.LOAD_CONST, b.text("module running")).emit(Opcode.DISPLAY)
                .emit(Opcode.LOAD_CONST, b.text("kept")).emit(Opcode.STORE_GLOBAL, b.text("label"))
                .emit(Opcode.RETURN_NULL);
        return b.build();
    }

    /** A module whose top level displays that it runs, then divides by zero. */
    private static ProgramImage failingModule() {
        ProgramBuilder b = new ProgramBuilder();
        b.function("<main>").code()
                .emit(Opcode.LOAD_CONST, b.text("module running")).emit(Opcode.DISPLAY)
                .emit(Opcode.LOAD_INT, 1).emit(Opcode.LOAD_INT, 0).emit(Opcode.FLOOR_DIV).emit(Opcode.POP)
                .emit(Opcode.RETURN_NULL);
        return b.build();
    }

    /** A main program in {@code dir} that imports {@code spelling} and displays its {@code label}. */
    private static ProgramImage importer(Path dir, String spelling) {
        ProgramBuilder b = new ProgramBuilder();
        b.metadata(MetadataEntry.text(MetadataEntry.SOURCE_PATH, dir.resolve("main.runa").toString()));
        b.function("<main>").code()
                .emit(Opcode.IMPORT, b.text(spelling)).emit(Opcode.GET_FIELD, b.text("label")).emit(Opcode.DISPLAY)
                .emit(Opcode.RETURN_NULL);
        return b.build();
    }

    /** A VM that collects at every allocation: a member left unrooted between runs would be found. */
    private static TestVm stressedVm(Path dir, List<String> compiled, ProgramImage module) throws Exception {
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib/label.runa"), "# compiled by the test compiler");
        TestVm vm = new TestVm(HeapConfig.ofMaxBytes(8L << 20).withStress(true).withVerify(true));
        vm.compiler = (source, options) -> {
            compiled.add(dir.relativize(Path.of(source.path())).toString());
            return module;
        };
        return vm;
    }

    @Test
    void twoProgramsInOneVmRunTheModuleOnce(@TempDir Path dir) throws Exception {
        List<String> compiled = new ArrayList<>();
        TestVm vm = stressedVm(dir.toRealPath(), compiled, labelModule());
        try (InterpreterInstance engine = new InterpreterInstance(vm)) {
            ExecutionResult first = engine.run(importer(dir, "lib/label.runa"), List.of());
            // another spelling of the same file is the same module
            ExecutionResult second = engine.run(importer(dir, "./lib/../lib/label.runa"), List.of());
            assertEquals(0, first.exitStatus(), first.toString());
            assertEquals(0, second.exitStatus(), second.toString());
        }
        assertEquals("module running\nkept\nkept\n", vm.out.toString(StandardCharsets.UTF_8));
        assertEquals(List.of("lib/label.runa"), compiled);
    }

    @Test
    void eachVmRunsTheModuleItself(@TempDir Path dir) throws Exception {
        List<String> compiled = new ArrayList<>();
        TestVm vm = stressedVm(dir.toRealPath(), compiled, labelModule());
        for (int i = 0; i < 2; i++) {
            try (InterpreterInstance engine = new InterpreterInstance(vm)) {
                assertEquals(0, engine.run(importer(dir, "lib/label.runa"), List.of()).exitStatus());
            }
        }
        assertEquals("module running\nkept\nmodule running\nkept\n", vm.out.toString(StandardCharsets.UTF_8));
        assertEquals(2, compiled.size());
    }

    @Test
    void aModuleWhoseTopLevelFailsRunsAgainAtTheNextImport(@TempDir Path dir) throws Exception {
        List<String> compiled = new ArrayList<>();
        TestVm vm = stressedVm(dir.toRealPath(), compiled, failingModule());
        try (InterpreterInstance engine = new InterpreterInstance(vm)) {
            for (int i = 0; i < 2; i++) {
                ExecutionResult result = engine.run(importer(dir, "lib/label.runa"), List.of());
                assertEquals("DivisionByZeroError", result.error().map(e -> e.type()).orElse(null));
            }
        }
        assertEquals("module running\nmodule running\n", vm.out.toString(StandardCharsets.UTF_8));
        assertEquals(2, compiled.size());
    }
}
