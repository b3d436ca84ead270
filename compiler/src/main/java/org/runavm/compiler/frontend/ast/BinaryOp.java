package org.runavm.compiler.frontend.ast;

/**
 * Binary operators; every natural-language spelling maps onto one of these ({@code plus} is
 * {@link #ADD}, {@code followed by} is {@link #CONCAT}, {@code is greater than} is {@link #GT}).
 */
public enum BinaryOp {
    POW("**"), MUL("*"), DIV("/"), FLOOR_DIV("//"), MOD("%"), ADD("+"), SUB("-"),
    /** {@code followed by}: Text concatenation of the text forms of both operands. */
    CONCAT("followed by"),
    SHL("<<"), SHR(">>"), BIT_AND("&"), BIT_XOR("^"), BIT_OR("|"),
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="),
    /** {@code a contains b}: membership in a List, Set, Map (keys) or Text. */
    CONTAINS("contains"),
    /** Short-circuit. */
    AND("and"),
    /** Short-circuit. */
    OR("or");

    public final String symbol;

    BinaryOp(String symbol) {
        this.symbol = symbol;
    }
}
