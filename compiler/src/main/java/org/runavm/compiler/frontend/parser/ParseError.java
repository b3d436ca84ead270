package org.runavm.compiler.frontend.parser;

/**
 * Unwinds the parser to the nearest recovery point after an error has been reported. Carries no
 * message (the diagnostic is already in the sink) and no stack trace (it is control flow).
 */
final class ParseError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final ParseError INSTANCE = new ParseError();

    private ParseError() {
        super(null, null, false, false);
    }
}
