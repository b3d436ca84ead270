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

    Fn(int index, Program program, FunctionInfo info, byte[] code, int cacheSlots) {
        this.index = index;
        this.program = program;
        this.info = info;
        this.name = info.name();
        this.code = code;
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
