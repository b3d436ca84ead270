/**
 * The abstract syntax tree: immutable records in sealed interfaces, each node with its source
 * {@link org.runavm.compiler.frontend.ast.Pos}. Natural-language and symbolic spellings produce the
 * same nodes. Analyses keep their results outside the tree (see
 * {@link org.runavm.compiler.frontend.resolve.Resolution}).
 */
package org.runavm.compiler.frontend.ast;
