package org.runavm.compiler.frontend.ast;

/** A whole source file: its top-level statements in order. */
public record Program(String file, Block body) {
}
