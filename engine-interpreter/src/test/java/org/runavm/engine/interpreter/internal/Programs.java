package org.runavm.engine.interpreter.internal;

import java.util.function.BiConsumer;
import org.runavm.kernel.bytecode.CodeAssembler;
import org.runavm.kernel.bytecode.Header;
import org.runavm.kernel.bytecode.ProgramBuilder;
import org.runavm.kernel.bytecode.ProgramImage;

/** Builds small test programs: a top-level function 0 whose body the test emits. */
final class Programs {
    private Programs() {
    }

    static ProgramImage main(BiConsumer<ProgramBuilder, CodeAssembler> body) {
        ProgramBuilder b = new ProgramBuilder().flags(Header.HAS_DEBUG_INFO);
        int file = b.sourceFile("test.runa");
        var main = b.function("<main>").sourceFile(file);
        for (int slot = 0; slot < 8; slot++) {
            main.local("v" + slot, ProgramImage.NO_ID, slot, 0, 1 << 20);
        }
        main.code().position(1, 1);
        body.accept(b, main.code());
        return b.build();
    }
}
