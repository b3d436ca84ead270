package org.runavm.engine.interpreter.internal;

/**
 * The meaning of {@link org.runavm.kernel.value.Tag#IMMEDIATE} payloads in this engine: a kind in the
 * high 32 bits and an index into one of the VM's tables in the low 32. Functions without captures,
 * classes and built-in types, native functions, modules and native objects are immediates, so they
 * cost no heap space and never move.
 */
final class Imm {
    static final int FUNCTION = 1;
    static final int CLASS = 2;
    static final int NATIVE = 3;
    static final int MODULE = 4;
    static final int OBJECT = 5;

    private Imm() {
    }

    static long of(int kind, int index) {
        return ((long) kind << 32) | (index & 0xFFFF_FFFFL);
    }

    static int kind(long payload) {
        return (int) (payload >>> 32);
    }

    static int index(long payload) {
        return (int) payload;
    }
}
