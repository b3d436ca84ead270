package org.runavm.engine.interpreter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
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

class ModulesAndInputTest {
    private static final int ANY = ProgramImage.NO_ID;

    /** A library whose top level displays once and which exports area(w, h). */
    private static ProgramImage library() {
        ProgramBuilder b = new ProgramBuilder();
        var top = b.function("<main>");
        top.code().emit(Opcode.LOAD_CONST, b.text("geometry loaded")).emit(Opcode.DISPLAY).emit(Opcode.RETURN_NULL);
        var area = b.function("area");
        area.parameter("w", ANY, 0);
        area.parameter("h", ANY, 0);
        area.code().emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.MUL).emit(Opcode.RETURN);
        return b.build();
    }

    @Test
    void runaModulesCompileRelativeToTheImporterAndRunOnce(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib/geometry.runa"), "# compiled by the test compiler");
        List<String> compiled = new ArrayList<>();
        TestVm vm = new TestVm(16L << 20);
        vm.compiler = (source, options) -> {
            compiled.add(Path.of(source.path()).getFileName().toString());
            return library();
        };
        ProgramBuilder b = new ProgramBuilder();
        b.metadata(MetadataEntry.text(MetadataEntry.SOURCE_PATH, dir.resolve("main.runa").toString()));
        var main = b.function("<main>");
        main.local("g", ANY, 0, 0, 1000);
        main.code().emit(Opcode.IMPORT, b.text("lib/geometry.runa")).emit(Opcode.STORE_LOCAL, 0)
                .emit(Opcode.IMPORT, b.text("lib/geometry.runa")).emit(Opcode.POP)
                .emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 6).emit(Opcode.LOAD_INT, 7)
                .emit(Opcode.CALL_METHOD, b.text("area"), 2).emit(Opcode.DISPLAY)
                .emit(Opcode.IMPORT, b.text("lib/missing.runa"));
        TestVm.Outcome o = vm.execute(b.build(), 1000, List.of());
        assertEquals("geometry loaded\n42\n", o.out());
        assertEquals(List.of("geometry.runa"), compiled);
        assertEquals("IOError", o.errorType());
    }

    @Test
    void inputFlushesOutputAndReadsALine() {
        TestVm vm = new TestVm(16L << 20);
        vm.in = new ByteArrayInputStream("Ann\nBo\n".getBytes(StandardCharsets.UTF_8));
        ProgramImage image = Programs.main((b, m) -> {
            m.emit(Opcode.LOAD_CONST, b.text("before")).emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_GLOBAL, b.text("input")).emit(Opcode.LOAD_CONST, b.text("name? ")).emit(Opcode.CALL, 1)
                    .emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_GLOBAL, b.text("input")).emit(Opcode.CALL, 0).emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_GLOBAL, b.text("input")).emit(Opcode.CALL, 0).emit(Opcode.DISPLAY);
            m.emit(Opcode.RETURN_NULL);
        });
        TestVm.Outcome o = vm.execute(image, 1000, List.of());
        assertEquals("before\nname? Ann\nBo\nnull\n", o.out(), "null at the end of input (stdlib.md)");
    }
}
