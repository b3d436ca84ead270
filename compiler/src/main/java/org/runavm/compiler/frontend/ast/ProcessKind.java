package org.runavm.compiler.frontend.ast;

/** Where a process is declared, which decides what {@code Self} means inside it. */
public enum ProcessKind {
    /** A process in a block (top level or nested: an inner process, a closure). */
    PLAIN,
    /** A method of a class. */
    METHOD,
    /** A method of an actor that is not a message handler. */
    ACTOR_METHOD,
    /** An {@code On Message} handler of an actor. */
    MESSAGE
}
