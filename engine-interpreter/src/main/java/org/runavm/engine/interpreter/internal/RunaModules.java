package org.runavm.engine.interpreter.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.runavm.kernel.compile.CompilationException;
import org.runavm.kernel.compile.CompileOptions;
import org.runavm.kernel.compile.Compiler;
import org.runavm.kernel.compile.SourceFile;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.value.Tag;

/**
 * {@code Import "x.runa"}: the file is looked up relative to the importing file, then along the
 * library path; compiled with the VM's compiler; run once; its globals become the module's members.
 */
final class RunaModules {
    private RunaModules() {
    }

    static ModuleInfo load(Vm vm, Program importer, String name) {
        Path file = resolve(vm, importer, name);
        Compiler compiler = vm.ctx.compiler().orElseThrow(
                () -> new RunaException("NameError", "cannot import " + name + ": this runtime has no compiler"));
        ProgramImage image;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            image = compiler.compile(new SourceFile(file.toString(), text), CompileOptions.DEFAULTS);
        } catch (IOException e) {
            throw new RunaException("IOError", "cannot read " + file + ": " + e.getMessage());
        } catch (CompilationException e) {
            throw new RunaException("Error", "cannot compile " + file + ": " + e.getMessage());
        }
        Program program = new Program(vm, image, file.toString());
        ModuleInfo info;
        synchronized (vm.lock) {
            info = new ModuleInfo(vm.modules.size(), name, program.globals);
            vm.modules.add(info);
            vm.modulesByName.put(name, info);
        }
        runTopLevel(vm, program);
        return info;
    }

    /** Runs a program's entry function (function 0) to completion. */
    static void runTopLevel(Vm vm, Program program) {
        ValueStack st = vm.st;
        int at = st.sp;
        st.push(Tag.IMMEDIATE, Imm.of(Imm.FUNCTION, program.fns[0].index));
        vm.interp.calls().callNested(at + 1, 0);
        st.sp = at;
        program.ran = true;
    }

    private static Path resolve(Vm vm, Program importer, String name) {
        List<Path> candidates = new ArrayList<>();
        Path base = Path.of(importer.path).toAbsolutePath().getParent();
        if (base != null) {
            candidates.add(base.resolve(name));
        }
        if (vm.ctx.config() != null) {
            for (Path dir : vm.ctx.config().libraryPath()) {
                candidates.add(dir.resolve(name));
            }
        }
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                return p.normalize();
            }
        }
        throw new RunaException("IOError", "module " + name + " not found next to " + importer.path
                + " or on the library path");
    }
}
