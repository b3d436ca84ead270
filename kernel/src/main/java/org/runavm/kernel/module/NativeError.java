package org.runavm.kernel.module;

/**
 * A native function's failure, raised in the program as a Runa error of {@link #errorType()} (e.g.
 * {@code IOError}, {@code ValueError}) with this exception's message. Native functions throw it (or
 * call {@link NativeCall#raise}); the engine converts it, with the caller's stack trace.
 */
public class NativeError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String errorType;

    public NativeError(String errorType, String message) {
        super(message, null, false, false); // no Java stack trace: it is a Runa error, not a VM fault
        this.errorType = errorType;
    }

    public String errorType() {
        return errorType;
    }
}
