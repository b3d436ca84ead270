/**
 * Code generation: the checked AST of {@code org.runavm.compiler.frontend} to a
 * {@link org.runavm.kernel.bytecode.ProgramImage}, through the kernel's
 * {@link org.runavm.kernel.bytecode.ProgramBuilder}. Entry point: {@link org.runavm.compiler.codegen.CodeGenerator}.
 * Private to the compiler bundle.
 */
package org.runavm.compiler.codegen;
