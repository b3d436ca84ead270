package org.runavm.compiler.frontend.ast;

/** Any AST node: it knows where in the source it starts. */
public interface Node {
    Pos pos();
}
