package org.runavm.bytecode.internal.verify;

import java.util.List;

import org.runavm.kernel.bytecode.Constant;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.bytecode.ProgramImage;

/**
 * Per-program facts the instruction checks ask for again and again, computed once.
 *
 * <p>This is what keeps verification linear in the size of the file: without it a hostile file
 * could make every one of a million instructions rescan a million locals, list elements or
 * captures. Each fact is computed on first use and remembered.
 */
final class ProgramFacts {

    private static final int UNKNOWN = -2;

    private final ProgramImage image;
    private final int[] frameSizes;
    private final int[] requiredParameters;
    private final int[] maxLocalCapture;
    private final int[] maxUpvalueCapture;
    private final byte[] textLists;
    private final int[][] switchTables;
    private final boolean[] switchKnown;

    ProgramFacts(ProgramImage image) {
        this.image = image;
        int n = image.functions().size();
        frameSizes = filled(n);
        requiredParameters = filled(n);
        maxLocalCapture = filled(n);
        maxUpvalueCapture = filled(n);
        textLists = new byte[image.constants().size()];
        switchTables = new int[image.constants().size()][];
        switchKnown = new boolean[image.constants().size()];
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, UNKNOWN);
        return a;
    }

    int frameSize(int function) {
        if (frameSizes[function] == UNKNOWN) {
            frameSizes[function] = image.functions().get(function).frameSize();
        }
        return frameSizes[function];
    }

    int requiredParameters(int function) {
        if (requiredParameters[function] == UNKNOWN) {
            requiredParameters[function] = image.functions().get(function).requiredParameters();
        }
        return requiredParameters[function];
    }

    /** The highest enclosing local slot a closure of this function captures, or -1. */
    int maxLocalCapture(int function) {
        captures(function);
        return maxLocalCapture[function];
    }

    /** The highest enclosing upvalue a closure of this function captures, or -1. */
    int maxUpvalueCapture(int function) {
        captures(function);
        return maxUpvalueCapture[function];
    }

    private void captures(int function) {
        if (maxLocalCapture[function] != UNKNOWN) {
            return;
        }
        int local = -1;
        int upvalue = -1;
        for (FunctionInfo.Upvalue u : image.functions().get(function).upvalues()) {
            if (u.fromLocal()) {
                local = Math.max(local, u.index());
            } else {
                upvalue = Math.max(upvalue, u.index());
            }
        }
        maxLocalCapture[function] = local;
        maxUpvalueCapture[function] = upvalue;
    }

    /** Whether constant #index is a List whose elements are all Text constants. */
    boolean isTextList(int index) {
        if (textLists[index] == 0) {
            boolean ok = image.constants().get(index) instanceof Constant.ListOf list
                    && list.elements().stream().allMatch(e -> image.text(e) != null);
            textLists[index] = (byte) (ok ? 1 : 2);
        }
        return textLists[index] == 1;
    }

    /** The case offsets of switch table constant #index, or null when it is no valid table. */
    int[] switchCases(int index) {
        if (index < 0 || index >= switchKnown.length) {
            return null;
        }
        if (!switchKnown[index]) {
            switchTables[index] = computeSwitch(index);
            switchKnown[index] = true;
        }
        return switchTables[index];
    }

    private int[] computeSwitch(int index) {
        List<Constant> pool = image.constants();
        if (!(pool.get(index) instanceof Constant.MapOf m)) {
            return null;
        }
        int[] cases = new int[m.values().size()];
        for (int i = 0; i < cases.length; i++) {
            int v = m.values().get(i);
            if (v < 0 || v >= pool.size() || !(pool.get(v) instanceof Constant.Int off)
                    || off.value() != (int) off.value()) {
                return null;
            }
            cases[i] = (int) off.value();
        }
        return cases;
    }
}
