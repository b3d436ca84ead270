package org.runavm.compiler.frontend.ast;

/** Prefix operators: arithmetic negation, Boolean {@code not}, bitwise complement {@code ~}. */
public enum UnaryOp {
    NEG("-"), NOT("not"), BIT_NOT("~");

    public final String symbol;

    UnaryOp(String symbol) {
        this.symbol = symbol;
    }
}
