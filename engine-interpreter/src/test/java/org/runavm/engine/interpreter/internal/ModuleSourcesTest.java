package org.runavm.engine.interpreter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.bytecode.Opcode;
import org.runavm.kernel.bytecode.ProgramBuilder;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.module.NativeModule;

/** A native module's Runa source (ModuleDefinition.source): compiled once, members next to the natives. */
class ModuleSourcesTest {
    private static final int ANY = ProgramImage.NO_ID;

    /** Module "shapes": native area(w, h); its source adds scaled_area(w, h) and the Define SCALE. */
    private static NativeModule shapes(String sourceText) {
        return TestModules.of("shapes", d -> {
            d.function("area", 2, 2, call -> call.returnInteger(call.integer(0) * call.integer(1)));
            d.source("shapes.runa", sourceText);
        });
    }

    /**
     * What the compiler would make of shapes.runa: the top level imports the module itself as _native
     * and defines SCALE; scaled_area calls the native area through _native; _helper stays internal.
     * With {@code clash}, the source also defines a process named area.
     */
    private static ProgramImage shapesSource(boolean clash) {
        ProgramBuilder b = new ProgramBuilder();
        var top = b.function("<main>");
        top.code().emit(Opcode.IMPORT, b.text("shapes")).emit(Opcode.STORE_GLOBAL, b.text("_native"))
                .emit(Opcode.LOAD_INT, 2).emit(Opcode.STORE_GLOBAL, b.text("SCALE")).emit(Opcode.RETURN_NULL);
        var scaled = b.function("scaled_area");
        scaled.parameter("w", ANY, 0);
        scaled.parameter("h", ANY, 0);
        scaled.code().emit(Opcode.LOAD_GLOBAL, b.text("_native")).emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_LOCAL, 1)
                .emit(Opcode.CALL_METHOD, b.text("area"), 2).emit(Opcode.LOAD_GLOBAL, b.text("SCALE"))
                .emit(Opcode.MUL).emit(Opcode.RETURN);
        b.function("_helper").code().emit(Opcode.RETURN_NULL);
        if (clash) {
            b.function("area").code().emit(Opcode.LOAD_INT, 0).emit(Opcode.RETURN);
        }
        return b.build();
    }

    private static TestVm vmWith(boolean clash, List<String> compiled) {
        TestVm vm = new TestVm(16L << 20);
        vm.modules.put("shapes", shapes("# shapes.runa"));
        vm.compiler = (source, options) -> {
            compiled.add(source.path() + ": " + source.text());
            return shapesSource(clash);
        };
        return vm;
    }

    @Test
    void sourceMembersSitNextToNativesAndTheSourceIsCompiledOncePerVm() {
        List<String> compiled = new ArrayList<>();
        TestVm vm = vmWith(false, compiled);
        ProgramImage main = Programs.main((b, m) -> {
            m.emit(Opcode.IMPORT, b.text("shapes")).emit(Opcode.STORE_LOCAL, 0)
                    .emit(Opcode.IMPORT, b.text("shapes")).emit(Opcode.POP)
                    .emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 3).emit(Opcode.LOAD_INT, 4)
                    .emit(Opcode.CALL_METHOD, b.text("scaled_area"), 2).emit(Opcode.DISPLAY)
                    .emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 3).emit(Opcode.LOAD_INT, 4)
                    .emit(Opcode.CALL_METHOD, b.text("area"), 2).emit(Opcode.DISPLAY)
                    .emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.GET_FIELD, b.text("SCALE")).emit(Opcode.DISPLAY)
                    .emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.GET_FIELD, b.text("_helper")).emit(Opcode.DISPLAY);
        });
        TestVm.Outcome o = vm.execute(main, 1000, List.of());
        assertEquals("24\n12\n2\n", o.out());
        assertEquals(List.of("shapes.runa: # shapes.runa"), compiled);
        assertEquals("AttributeError", o.errorType(), "names starting with _ are not exported");
        assertEquals("module shapes has no member _helper", o.errorMessage());
    }

    @Test
    void aNameDeclaredNativelyAndInTheSourceFailsTheImport() {
        TestVm vm = vmWith(true, new ArrayList<>());
        ProgramImage main = Programs.main((b, m) -> m.emit(Opcode.IMPORT, b.text("shapes")).emit(Opcode.POP));
        TestVm.Outcome o = vm.execute(main, 1000, List.of());
        assertEquals("Error", o.errorType());
        assertEquals("module shapes declares area twice: natively and in shapes.runa", o.errorMessage());
    }

    @Test
    void withoutACompilerAModuleWithSourceCannotBeImported() {
        TestVm vm = new TestVm(16L << 20);
        vm.modules.put("shapes", shapes("# shapes.runa"));
        ProgramImage main = Programs.main((b, m) -> m.emit(Opcode.IMPORT, b.text("shapes")).emit(Opcode.POP));
        TestVm.Outcome o = vm.execute(main, 1000, List.of());
        assertEquals("NameError", o.errorType());
        assertTrue(o.errorMessage().contains("no compiler"), o.errorMessage());
    }
}
