package org.runavm.engine.interpreter.internal;

import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.compile.CompilationException;
import org.runavm.kernel.compile.CompileOptions;
import org.runavm.kernel.compile.Compiler;
import org.runavm.kernel.compile.SourceFile;

/**
 * The Runa part of a native module ({@code ModuleDefinition.source}): compiled with the VM's compiler
 * when the module is bound (once per VM), its top level run once, then its exported globals copied
 * into the module's members. A name declared both natively and in the source is an error, raised at
 * the import: a module must not depend on which of two definitions wins.
 */
final class ModuleSources {
    /** One contributed source file. */
    record Source(String fileName, String text) {
    }

    private ModuleSources() {
    }

    static void bind(Vm vm, ModuleInfo module, Source source) {
        Compiler compiler = vm.ctx.compiler().orElseThrow(() -> new RunaException("NameError",
                "cannot import " + module.name() + ": part of it is Runa source and this runtime has no compiler"));
        ProgramImage image;
        try {
            image = compiler.compile(new SourceFile(source.fileName(), source.text()), CompileOptions.DEFAULTS);
        } catch (CompilationException e) {
            throw new RunaException("Error", "cannot compile " + source.fileName() + " of module " + module.name()
                    + ": " + e.getMessage());
        }
        Program program = new Program(vm, image, source.fileName(), true); // a module: its globals last as long as the VM
        RunaModules.runTopLevel(vm, program);
        RootedTable globals = program.globals;
        RootedTable members = module.members();
        for (String name : globals.names()) {
            int slot = globals.slot(name);
            if (!exported(name) || !globals.isDefined(slot)) {
                continue;
            }
            if (members.slot(name) >= 0) {
                throw new RunaException("Error", "module " + module.name() + " declares " + name
                        + " twice: natively and in " + source.fileName());
            }
            members.set(name, globals.t[slot], globals.p[slot]);
        }
    }

    /** Names starting with {@code _} are the source's own helpers and state. */
    private static boolean exported(String name) {
        return !name.startsWith("_");
    }
}
