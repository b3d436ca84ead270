package org.runavm.engine.interpreter.internal;

/**
 * Ends the run for good, past every handler: a resource limit the program kept ignoring after it
 * caught the first {@code TimeoutError}.
 */
final class ProgramStop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String type;

    ProgramStop(String type, String message) {
        super(message, null, false, false);
        this.type = type;
    }
}
