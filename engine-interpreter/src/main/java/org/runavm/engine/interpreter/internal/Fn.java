package org.runavm.engine.interpreter.internal;

import java.util.List;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.bytecode.ProgramImage;

/**
 * A function ready to run: where its code is, its frame shape, its decoded exception table, its
 * inline caches and its profile counters. Built once per function when a program is loaded.
 */
final class Fn {
    final int index;
    final Program program;
    final FunctionInfo info;
    final String name;
    final byte[] code;
    /** The program's code decoded for the dispatch loop ({@link Operands}): opcodes and operands as ints. */
    final int[] ops;
    final int start;
    final int end;
    final int params;
    final int required;
    final int frameSize;
    final int maxStack;
    final boolean rest;
    final boolean generator;
    final boolean async;
    /** Neither rest parameter, generator nor async: a call with every parameter just pushes a frame. */
    final boolean plain;
    final String[] paramNames;
    final int[] hStart;
    final int[] hEnd;
    final int[] hHandler;
    final int[] hType;
    /** The class whose method this is, or null. */
    ClassInfo owner;

    /**
     * Inline caches, one word each so that threads never see a key with another key's value: the
     * high half is the class index + 1 (0 when empty), the low half the cached slot or function index.
     * LOAD_GLOBAL_IC keeps the global's slot + 1 in the low half.
     */
    final long[] ic;

    long calls;
    long backEdges;
    /** Offered to the tier compiler once (whatever it answered). */
    boolean offered;
    /**
     * The tier compiler's code for this function, once it is ready; null while interpreted. Written by
     * the compiler thread, read at frame entries: a late sight of it only means a few more interpreted calls.
     */
    Tiering.Compiled compiled;
    /**
     * Where a call whose arguments pass {@link #entryKinds} may start: after the prologue of parameter
     * checks ({@code LOAD_LOCAL s; CHECK_TYPE t; POP} each) that the dispatch loop decides by kind
     * ({@link #findCheckedEntry}). Equal to {@link #start} when the function has no such prologue.
     */
    int checkedStart;
    /** The slots and annotation kinds the prologue checks, in order; empty without one. */
    int[] entrySlots = new int[0];
    byte[] entryKinds = new byte[0];
    /** The instructions the prologue stands for (the instruction budget counts them when skipped). */
    int entryFuel;

    Fn(int index, Program program, FunctionInfo info, byte[] code, int cacheSlots) {
        this.index = index;
        this.program = program;
        this.info = info;
        this.name = info.name();
        this.code = code;
        this.ops = program.ops;
        this.start = info.codeOffset();
        this.end = info.codeOffset() + info.codeLength();
        this.params = info.parameters().size();
        this.required = info.requiredParameters();
        this.frameSize = info.frameSize();
        this.maxStack = info.maxStack();
        this.rest = info.has(FunctionInfo.VARARGS) && params > 0
                && info.parameters().get(params - 1).has(FunctionInfo.Parameter.REST);
        this.generator = info.has(FunctionInfo.GENERATOR);
        this.async = info.has(FunctionInfo.ASYNC);
        this.plain = !rest && !generator && !async;
        this.paramNames = info.parameters().stream().map(FunctionInfo.Parameter::name).toArray(String[]::new);
        List<FunctionInfo.ExceptionEntry> table = info.exceptionTable();
        hStart = new int[table.size()];
        hEnd = new int[table.size()];
        hHandler = new int[table.size()];
        hType = new int[table.size()];
        for (int i = 0; i < table.size(); i++) {
            FunctionInfo.ExceptionEntry e = table.get(i);
            hStart[i] = start + e.start();
            hEnd[i] = start + e.end();
            hHandler[i] = start + e.handler();
            hType[i] = e.isFinally() ? ProgramImage.NO_ID : e.catchTypeId();
        }
        ic = new long[cacheSlots];
        checkedStart = start;
    }

    /**
     * Finds the prologue of parameter checks at the start of the code: each a {@code LOAD_LOCAL} of a
     * parameter, a {@code CHECK_TYPE} whose kind {@link TypeCheck#decidedByKind} or a heap kind, and a
     * {@code POP}. A call that checks its arguments against these kinds as it pushes the frame skips
     * the prologue; any other call runs it, so its errors stay those of the original instructions.
     */
    void findCheckedEntry(byte[] original, byte[] checkKinds) {
        int pc = start;
        java.util.List<int[]> found = new java.util.ArrayList<>();
        while (pc + 9 <= end && (original[pc] & 0xFF) == Op.LOAD_LOCAL && (original[pc + 3] & 0xFF) == Op.CHECK_TYPE
                && (original[pc + 8] & 0xFF) == Op.POP) {
            int slot = Interpreter.u16(original, pc + 1);
            byte kind = checkKinds[Interpreter.u16(original, pc + 4)];
            if (slot >= params || kind == TypeCheck.GENERAL) {
                break;
            }
            found.add(new int[] {slot, kind});
            pc += 9;
        }
        checkedStart = pc;
        entrySlots = found.stream().mapToInt(e -> e[0]).toArray();
        entryKinds = new byte[found.size()];
        for (int i = 0; i < found.size(); i++) {
            entryKinds[i] = (byte) found.get(i)[1];
        }
        entryFuel = 3 * found.size();
    }

    /** The cached value for {@code classIndex} in cache {@code k}, or -1. */
    int cached(int k, int classIndex) {
        long entry = ic[k];
        return (int) (entry >>> 32) == classIndex + 1 ? (int) entry : -1;
    }

    void cache(int k, int classIndex, int value) {
        ic[k] = ((long) (classIndex + 1) << 32) | (value & 0xFFFF_FFFFL);
    }

    /** The counters the tier compiler decides on (calls and loop back-edges; no type profile yet). */
    org.runavm.kernel.exec.FunctionProfile profile() {
        return new org.runavm.kernel.exec.FunctionProfile(calls, backEdges, new long[0]);
    }

    boolean isMethod() {
        return info.has(FunctionInfo.METHOD);
    }

    @Override
    public String toString() {
        return name;
    }
}
