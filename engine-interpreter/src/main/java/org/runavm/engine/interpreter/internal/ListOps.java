package org.runavm.engine.interpreter.internal;

import java.util.Arrays;
import org.runavm.kernel.heap.objects.Lists;
import org.runavm.kernel.value.Tag;

/**
 * List methods that build new Lists or call Runa functions. The receiver stays in its stack slot and
 * partial results are kept on the value stack, so a collection during a callback moves them safely.
 */
final class ListOps {
    private ListOps() {
    }

    static void reshape(Vm vm, String name, int slot, int argc) {
        ValueStack st = vm.st;
        long size = Lists.size(vm.mem, st.p[slot]);
        long from = 0;
        long to = size;
        if (name.equals("slice")) {
            ValueMethods.arity(name, argc, 1, 2);
            from = st.p[slot + 1];
            to = argc > 1 ? st.p[slot + 2] : size;
            if (st.t[slot + 1] != Tag.INTEGER || (argc > 1 && st.t[slot + 2] != Tag.INTEGER)) {
                throw RunaException.typeError("slice needs Integer bounds");
            }
            if (from < 0 || to > size || from > to) {
                throw RunaException.indexError("slice(" + from + ", " + to + ") is out of range for a List of length " + size);
            }
        }
        int n = (int) (to - from);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) from + i;
        }
        if (name.equals("reverse")) {
            java.util.Collections.reverse(Arrays.asList(order));
        }
        if (name.equals("sort") || name.equals("sorted")) {
            sortOrder(vm, slot, argc, order);
        }
        // Lay the chosen elements out on the stack, then build (allocation keeps them rooted).
        int at = st.sp;
        st.ensureSlots(at + n + 1);
        for (int i = 0; i < n; i++) {
            long l = st.p[slot];
            st.t[at + i] = Lists.tag(vm.mem, l, order[i]);
            st.p[at + i] = Lists.payload(vm.mem, l, order[i]);
        }
        st.sp = at + n;
        if (name.equals("sort") || name.equals("reverse")) {
            for (int i = 0; i < n; i++) {
                Lists.set(vm.mut, st.p[slot], i, st.t[at + i], st.p[at + i]);
            }
            st.sp = at;
            ValueMethods.scalar(vm, slot, Tag.NULL, 0);
            return;
        }
        Collections.build(vm, Op.NEW_LIST, n, at + n);
        ValueMethods.scalar(vm, slot, st.t[at], st.p[at]);
        st.sp = at;
    }

    private static void sortOrder(Vm vm, int slot, int argc, Integer[] order) {
        ValueStack st = vm.st;
        int keys = st.sp;
        int n = order.length;
        st.ensureSlots(keys + n + 2);
        for (int i = 0; i < n; i++) {
            long l = st.p[slot];
            st.t[keys + i] = Lists.tag(vm.mem, l, order[i]);
            st.p[keys + i] = Lists.payload(vm.mem, l, order[i]);
        }
        st.sp = keys + n;
        if (argc > 0) {
            for (int i = 0; i < n; i++) {
                int at = st.sp;
                st.push(st.t[slot + 1], st.p[slot + 1]);
                st.push(st.t[keys + i], st.p[keys + i]);
                vm.interp.calls().callNested(at + 1, 1);
                st.t[keys + i] = st.t[at];
                st.p[keys + i] = st.p[at];
                st.sp = at;
            }
        }
        Integer[] positions = new Integer[n];
        for (int i = 0; i < n; i++) {
            positions[i] = i;
        }
        Arrays.sort(positions, (a, b) -> Arith.compare(vm, st.t[keys + a], st.p[keys + a], st.t[keys + b],
                st.p[keys + b], Op.LT));
        Integer[] sorted = new Integer[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = order[positions[i]];
        }
        System.arraycopy(sorted, 0, order, 0, n);
        st.sp = keys;
    }

    static void functional(Vm vm, String name, int slot, int argc) {
        ValueStack st = vm.st;
        ValueMethods.arity(name, argc, name.equals("reduce") ? 2 : 1, name.equals("reduce") ? 2 : 1);
        int fnSlot = slot + 1;
        int acc = st.sp;
        if (name.equals("reduce")) {
            st.push(st.t[slot + 2], st.p[slot + 2]);
        } else {
            st.push(Tag.REF, Lists.allocate(vm.mut, 4));
        }
        for (long i = 0; i < Lists.size(vm.mem, st.p[slot]); i++) {
            int at = st.sp;
            long l = st.p[slot];
            st.push(st.t[fnSlot], st.p[fnSlot]);
            if (name.equals("reduce")) {
                st.push(st.t[acc], st.p[acc]);
            }
            st.push(Lists.tag(vm.mem, l, i), Lists.payload(vm.mem, l, i));
            vm.interp.calls().callNested(at + 1, name.equals("reduce") ? 2 : 1);
            switch (name) {
                case "reduce" -> {
                    st.t[acc] = st.t[at];
                    st.p[acc] = st.p[at];
                }
                case "map" -> st.p[acc] = Lists.add(vm.mut, st.p[acc], st.t[at], st.p[at]);
                default -> {
                    if (st.t[at] != Tag.BOOLEAN) {
                        throw RunaException.typeError("filter needs a function returning a Boolean");
                    }
                    if (st.p[at] != 0) {
                        long l2 = st.p[slot];
                        st.p[acc] = Lists.add(vm.mut, st.p[acc], Lists.tag(vm.mem, l2, i), Lists.payload(vm.mem, l2, i));
                    }
                }
            }
            st.sp = at;
        }
        ValueMethods.scalar(vm, slot, st.t[acc], st.p[acc]);
        st.sp = acc;
    }
}
