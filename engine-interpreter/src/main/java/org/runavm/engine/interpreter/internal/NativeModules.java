package org.runavm.engine.interpreter.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeFunction;
import org.runavm.kernel.module.NativeModule;
import org.runavm.kernel.value.Tag;

/**
 * Binds a native module into a VM: its functions become native immediates, its constants rooted values,
 * and the Runa source it contributes is compiled and run, its exports joining the members
 * ({@link ModuleSources}).
 */
final class NativeModules {
    private NativeModules() {
    }

    static ModuleInfo bind(Vm vm, NativeModule module) {
        ModuleInfo info = register(vm, module.name());
        Definition definition = new Definition(vm, info);
        module.define(definition);
        for (ModuleSources.Source source : definition.sources) {
            ModuleSources.bind(vm, info, source);
        }
        return info;
    }

    /**
     * Binds {@code fn} as the member {@code member} of {@code info}, a native function called
     * {@code fnName} in reports, taking {@code min} to {@code max} ({@link ModuleDefinition#ANY}) arguments.
     */
    static void function(Vm vm, ModuleInfo info, String member, String fnName, int min, int max, NativeFunction fn) {
        int index = vm.addNative(new NativeFn(fnName, min, max, fn));
        info.members().set(member, Tag.IMMEDIATE, Imm.of(Imm.NATIVE, index));
    }

    /** Binds {@code methods} of native type {@code typeName} as native functions: method name to index. */
    static Map<String, Integer> methodTable(Vm vm, String typeName, Map<String, NativeFunction> methods) {
        Map<String, Integer> table = new HashMap<>();
        methods.forEach((name, fn) -> table.put(name,
                vm.addNative(new NativeFn(typeName + "." + name, 0, ModuleDefinition.ANY, fn))));
        return table;
    }

    static ModuleInfo register(Vm vm, String name) {
        RootedTable members = new RootedTable();
        vm.addLastingRoots(members);
        synchronized (vm.lock) {
            ModuleInfo info = new ModuleInfo(vm.modules.size(), name, members);
            vm.modules.add(info);
            vm.modulesByName.put(name, info);
            return info;
        }
    }

    private static final class Definition implements ModuleDefinition {
        private final Vm vm;
        private final ModuleInfo info;
        /** Runa source is compiled once every native member is declared, so the source can use them. */
        final List<ModuleSources.Source> sources = new ArrayList<>();

        Definition(Vm vm, ModuleInfo info) {
            this.vm = vm;
            this.info = info;
        }

        @Override
        public void function(String name, int minArity, int maxArity, NativeFunction function) {
            NativeModules.function(vm, info, name, name, minArity, maxArity, function);
        }

        @Override
        public void constant(String name, Object value) {
            int at = vm.st.sp;
            JavaValues.push(vm, value);
            info.members().set(name, vm.st.t[at], vm.st.p[at]);
            vm.st.sp = at;
        }

        @Override
        public void type(String typeName, Map<String, NativeFunction> methods) {
            Map<String, Integer> table = vm.nativeTypeMethods.computeIfAbsent(typeName, k -> new HashMap<>());
            // a declaration before this one that was to be made on first use is made now, to merge
            Supplier<Map<String, NativeFunction>> earlier = vm.tables.pendingTypeMethods.remove(typeName);
            if (earlier != null) {
                table.putAll(methodTable(vm, typeName, earlier.get()));
            }
            table.putAll(methodTable(vm, typeName, methods));
        }

        @Override
        public void type(String typeName, Supplier<Map<String, NativeFunction>> methods) {
            if (vm.nativeTypeMethods.containsKey(typeName) || vm.tables.pendingTypeMethods.containsKey(typeName)) {
                type(typeName, methods.get()); // declared before: the tables merge now
            } else {
                vm.tables.pendingTypeMethods.put(typeName, methods);
            }
        }

        @Override
        public void source(String fileName, String runaSource) {
            sources.add(new ModuleSources.Source(fileName, runaSource));
        }
    }
}
