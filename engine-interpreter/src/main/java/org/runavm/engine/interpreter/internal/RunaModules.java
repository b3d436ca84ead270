package org.runavm.engine.interpreter.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.compile.CompilationException;
import org.runavm.kernel.compile.CompileOptions;
import org.runavm.kernel.compile.Compiler;
import org.runavm.kernel.compile.SourceFile;
import org.runavm.kernel.value.Tag;

/**
 * {@code Import "x.runa"}: the file is looked up relative to the importing file, then along the
 * library path; compiled with the VM's compiler; run once per VM; its globals become the module's
 * members.
 *
 * <p>A module is known by its file's real path, so {@code "lib/x.runa"} and {@code "./lib/x.runa"}
 * are one module, and two files named alike in different directories are two. It runs once per VM
 * ({@link VmTables} outlives a run): a later Import, in the same run or a later one, binds the module
 * as its top level left it. While a module's top level runs, an Import of it on the same thread (a
 * circular import) binds it as it is at that moment: its processes and classes are bound before its
 * first statement, its {@code Define}s and {@code Let}s only once they have run. An Import on another
 * thread (a task) waits until the top level has finished. A module whose top level fails is
 * forgotten, so the next Import runs it again and meets the error again.
 */
final class RunaModules {
    private RunaModules() {
    }

    /** A Runa module being loaded, or loaded, in a VM. */
    static final class Loading {
        /** The thread running the module's top level; null once it has finished. */
        volatile Thread runner = Thread.currentThread();
        final CountDownLatch finished = new CountDownLatch(1);
        /** Set before the top level starts running. */
        volatile ModuleInfo info;

        private void await() {
            try {
                finished.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static ModuleInfo load(Vm vm, Program importer, String name) {
        Path file = resolve(vm, importer, name);
        String key = file.toString();
        while (true) {
            Loading loading;
            boolean mine = false;
            synchronized (vm.lock) {
                loading = vm.tables.runaModules.get(key);
                if (loading == null) {
                    loading = new Loading();
                    vm.tables.runaModules.put(key, loading);
                    mine = true;
                }
            }
            if (mine) {
                return run(vm, file, key, name, loading);
            }
            Thread runner = loading.runner;
            if (runner == null || runner == Thread.currentThread()) {
                return loading.info; // loaded, or a circular import: the module as it is now
            }
            Loading other = loading;
            Tasks.blocking(vm, other::await); // another task is running its top level
            // then look again: it may have failed and been forgotten
        }
    }

    private static ModuleInfo run(Vm vm, Path file, String key, String name, Loading loading) {
        try {
            Program program = new Program(vm, compile(vm, file, name), file.toString(), true);
            ModuleInfo info;
            synchronized (vm.lock) {
                info = new ModuleInfo(vm.modules.size(), name, program.globals);
                vm.modules.add(info);
            }
            info.running = true;
            loading.info = info;
            try {
                runTopLevel(vm, program);
            } finally {
                info.running = false;
            }
            loading.runner = null;
            return info;
        } catch (RuntimeException | Error failure) {
            synchronized (vm.lock) {
                vm.tables.runaModules.remove(key);
            }
            loading.runner = null;
            throw failure;
        } finally {
            loading.finished.countDown();
        }
    }

    private static ProgramImage compile(Vm vm, Path file, String name) {
        Compiler compiler = vm.ctx.compiler().orElseThrow(
                () -> new RunaException("NameError", "cannot import " + name + ": this runtime has no compiler"));
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return compiler.compile(new SourceFile(file.toString(), text), CompileOptions.DEFAULTS);
        } catch (IOException e) {
            throw new RunaException("IOError", "cannot read " + file + ": " + e.getMessage());
        } catch (CompilationException e) {
            throw new RunaException("Error", "cannot compile " + file + ": " + e.getMessage());
        }
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

    /** The module's file: its real path, so that every spelling of one file is one module. */
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
                try {
                    return p.toRealPath();
                } catch (IOException e) {
                    return p.toAbsolutePath().normalize();
                }
            }
        }
        throw new RunaException("IOError", "module " + name + " not found next to " + importer.path
                + " or on the library path");
    }
}
