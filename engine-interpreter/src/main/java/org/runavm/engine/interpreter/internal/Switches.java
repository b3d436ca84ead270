package org.runavm.engine.interpreter.internal;

import org.runavm.kernel.bytecode.Constant;
import org.runavm.kernel.value.Tag;

/** SWITCH: the table is a Map constant from case values to Integer offsets; no match takes the default. */
final class Switches {
    private Switches() {
    }

    static int offset(Vm vm, Program prog, int table, int slot, int otherwise) {
        Constant.MapOf map = (Constant.MapOf) prog.image.constants().get(table);
        ValueStack st = vm.st;
        for (int i = 0; i < map.keys().size(); i++) {
            int k = map.keys().get(i);
            byte kt = prog.ct[k];
            if (kt != Tag.EMPTY && Equality.equal(vm, kt, prog.cp[k], st.t[slot], st.p[slot], 0)) {
                return (int) prog.cp[map.values().get(i)];
            }
        }
        return otherwise;
    }
}
