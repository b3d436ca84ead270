package org.runavm.compiler.frontend.ast;

/** A 1-based source position (column in code points). Every AST node carries one. */
public record Pos(int line, int column) {

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
