package org.runavm.kernel.ffi;

/** A foreign call that cannot be made; engines raise it in the program as {@code FFIError}. */
public class ForeignException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ForeignException(String message) {
        super(message);
    }

    public ForeignException(String message, Throwable cause) {
        super(message, cause);
    }
}
