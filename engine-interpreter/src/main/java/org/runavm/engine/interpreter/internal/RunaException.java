package org.runavm.engine.interpreter.internal;

/**
 * A Runa error raised by engine code before an error object exists: the dispatch loop turns it into
 * an instance of the built-in error class {@link #type()} with the current stack trace. It holds no
 * heap references, so it survives any collection.
 */
public final class RunaException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String type;

    public RunaException(String type, String message) {
        super(message, null, false, false);
        this.type = type;
    }

    public String type() {
        return type;
    }

    static RunaException typeError(String message) {
        return new RunaException("TypeError", message);
    }

    static RunaException valueError(String message) {
        return new RunaException("ValueError", message);
    }

    static RunaException indexError(String message) {
        return new RunaException("IndexError", message);
    }
}
