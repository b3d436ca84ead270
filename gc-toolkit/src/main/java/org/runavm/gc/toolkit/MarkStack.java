package org.runavm.gc.toolkit;

/**
 * The tracer's explicit stack of grey objects. Its capacity is fixed, so tracing never takes JVM memory in
 * proportion to the Runa heap; a push beyond it is dropped and recorded as an {@link #overflowed overflow},
 * which {@link Tracer} repairs by rescanning marked objects (the classic mark-stack overflow recovery).
 */
public final class MarkStack {
    private final long[] entries;
    private int size;
    private boolean overflowed;

    public MarkStack(int capacity) {
        this.entries = new long[capacity];
    }

    /** Pushes {@code object}, or records an overflow if the stack is full. */
    public void push(long object) {
        if (size == entries.length) {
            overflowed = true;
            return;
        }
        entries[size++] = object;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public long pop() {
        return entries[--size];
    }

    /** Whether a push was dropped since the last {@link #clearOverflow()}. */
    public boolean overflowed() {
        return overflowed;
    }

    public void clearOverflow() {
        overflowed = false;
    }

    /** Drops all entries and the overflow flag. */
    public void reset() {
        size = 0;
        overflowed = false;
    }
}
