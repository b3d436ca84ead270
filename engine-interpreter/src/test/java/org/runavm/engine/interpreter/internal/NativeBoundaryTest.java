package org.runavm.engine.interpreter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.bytecode.CodeAssembler;
import org.runavm.kernel.bytecode.Header;
import org.runavm.kernel.bytecode.Opcode;
import org.runavm.kernel.bytecode.ProgramBuilder;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.module.NativeModule;
import org.runavm.kernel.security.AccessRequest;
import org.runavm.kernel.security.Decision;
import org.runavm.kernel.security.Permission;
import org.runavm.kernel.security.SecurityViolation;

/** Errors crossing the boundary between Runa code and native functions, in both directions. */
class NativeBoundaryTest {
    private static final int ANY = ProgramImage.NO_ID;

    private static NativeModule module() {
        return TestModules.of("files", d -> {
            d.function("read", 1, 1, call -> {
                AccessRequest r = AccessRequest.of(Permission.FS_READ, call.text(0));
                throw new SecurityViolation(r, Decision.deny("sandbox", call.text(0)));
            });
            d.function("apply", 2, 2, call -> call.returnValue(call.callFunction(0, call.argument(1))));
        });
    }

    @Test
    void deniedCapabilityBecomesSecurityError() {
        ProgramImage image = Programs.main((b, m) -> {
            m.emit(Opcode.IMPORT, b.text("files")).emit(Opcode.LOAD_CONST, b.text("/etc/passwd"))
                    .emit(Opcode.CALL_METHOD, b.text("read"), 1);
        });
        TestVm vm = new TestVm(16L << 20);
        vm.modules.put("files", module());
        TestVm.Outcome o = vm.execute(image, 1000, List.of());
        assertEquals("SecurityError", o.errorType());
        assertEquals("fs read denied: /etc/passwd", o.errorMessage());
    }

    /**
     * files.apply(explode, 0): the native function calls back into Runa, whose error travels out
     * through the native function and is reported with the Runa frames, innermost first.
     */
    @Test
    void runaErrorsPassThroughNativeCallbacks() {
        ProgramBuilder b = new ProgramBuilder().flags(Header.HAS_DEBUG_INFO);
        int file = b.sourceFile("cb.runa");
        var main = b.function("<main>").sourceFile(file);
        var twice = b.function("twice").sourceFile(file);
        twice.parameter("x", ANY, 0);
        twice.code().position(2, 5).emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 2).emit(Opcode.MUL)
                .emit(Opcode.RETURN);
        var explode = b.function("explode").sourceFile(file);
        explode.parameter("x", ANY, 0);
        explode.code().position(5, 9).emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.FLOOR_DIV)
                .emit(Opcode.RETURN);
        CodeAssembler m = main.code();
        m.position(8, 1).emit(Opcode.IMPORT, b.text("files")).emit(Opcode.LOAD_GLOBAL, b.text("twice"))
                .emit(Opcode.LOAD_INT, 21).emit(Opcode.CALL_METHOD, b.text("apply"), 2).emit(Opcode.DISPLAY);
        m.position(9, 1).emit(Opcode.IMPORT, b.text("files")).emit(Opcode.LOAD_GLOBAL, b.text("explode"))
                .emit(Opcode.LOAD_INT, 0).emit(Opcode.CALL_METHOD, b.text("apply"), 2).emit(Opcode.DISPLAY);
        m.emit(Opcode.RETURN_NULL);
        TestVm vm = new TestVm(16L << 20);
        vm.modules.put("files", module());
        TestVm.Outcome o = vm.execute(b.build(), 1000, List.of());
        assertEquals("42\n", o.out());
        assertEquals("DivisionByZeroError", o.errorType());
        assertEquals(List.of("explode (cb.runa:5:9)", "<main> (cb.runa:9:1)"),
                o.result().error().get().stackTrace().stream().map(Object::toString).toList());
    }
}
