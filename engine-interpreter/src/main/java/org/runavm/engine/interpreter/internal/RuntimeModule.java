package org.runavm.engine.interpreter.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.runavm.kernel.heap.HeapStats;
import org.runavm.kernel.module.ModuleDefinition;

/** {@code Runtime} (call, heap_stats, collect) and {@code input(prompt)}, built into the engine. */
final class RuntimeModule {
    private RuntimeModule() {
    }

    static ModuleInfo create(Vm owner) {
        ModuleInfo info = NativeModules.register(owner, "Runtime");
        define(owner, info, "input", 0, 1, c -> {
            NativeCallImpl call = (NativeCallImpl) c;
            Vm vm = call.vm();
            if (call.argumentCount() > 0) {
                vm.write(String.valueOf(call.argument(0)));
            }
            // a wait like any other: in a safe region (collections go on) lending the task's thread;
            // null at the end of input (stdlib.md)
            String[] line = new String[1];
            IOException[] failure = new IOException[1];
            Tasks.blocking(vm, () -> {
                try {
                    line[0] = vm.reader().readLine();
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                call.raise("IOError", "cannot read standard input: " + failure[0].getMessage());
            }
            call.returnValue(line[0]);
        });
        define(owner, info, "heap_stats", 0, 0, c -> {
            NativeCallImpl call = (NativeCallImpl) c;
            Vm vm = call.vm();
            HeapStats s = vm.heap.stats();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("used_bytes", s.usedBytes());
            m.put("max_bytes", s.maxBytes());
            m.put("collections", s.collections());
            m.put("collector", s.collector());
            call.returnValue(m);
        });
        define(owner, info, "collect", 0, 0, c -> {
            NativeCallImpl call = (NativeCallImpl) c;
            Vm vm = call.vm();
            vm.heap.collect();
            call.returnNull();
        });
        define(owner, info, "call", 1, 2, c -> {
            NativeCallImpl call = (NativeCallImpl) c;
            Vm vm = call.vm();
            String name = call.text(0);
            Program main = vm.main;
            int slot = main == null ? -1 : main.globals.slot(name);
            if (slot < 0 || !main.globals.isDefined(slot)) {
                call.raise("NameError", "no process called " + name);
            }
            Object args = call.argumentCount() > 1 ? call.argument(1) : java.util.List.of();
            ValueStack st = vm.st;
            int at = st.sp;
            st.push(main.globals.t[slot], main.globals.p[slot]);
            int n = 0;
            for (Object a : (java.util.List<?>) args) {
                JavaValues.push(vm, a);
                n++;
            }
            vm.interp.calls().callNested(at + 1, n);
            Object result = JavaValues.toJava(vm, st.t[at], st.p[at]);
            call.returnValue(result);
        });
        return info;
    }

    private static void define(Vm vm, ModuleInfo info, String name, int min, int max,
                               org.runavm.kernel.module.NativeFunction fn) {
        NativeModules.function(vm, info, name, name, min, max == -1 ? ModuleDefinition.ANY : max, fn);
    }

    static BufferedReader reader(Vm vm) {
        return new BufferedReader(new InputStreamReader(vm.ctx.streams().in(), StandardCharsets.UTF_8));
    }
}
