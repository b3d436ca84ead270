package org.runavm.compiler.frontend.ast;

import java.util.List;

/** A sequence of statements forming one scope. */
public record Block(Pos pos, List<Stmt> statements) implements Node {
}
