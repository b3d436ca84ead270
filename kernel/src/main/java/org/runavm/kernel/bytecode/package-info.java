/**
 * The Runa instruction set and the in-memory model of a {@code .runab} program.
 *
 * <p>{@link org.runavm.kernel.bytecode.Opcode} is the one table of instructions that the compiler,
 * verifier, disassembler, interpreter and JIT all read: each constant knows its byte, its operand
 * kinds, its stack effect and its control-flow flags. {@link org.runavm.kernel.bytecode.ProgramImage}
 * and the records it holds are the program as the loader hands it over, after verification.
 * {@link org.runavm.kernel.bytecode.InstructionReader} decodes a code array using the table, and
 * {@link org.runavm.kernel.bytecode.CodeAssembler} / {@link org.runavm.kernel.bytecode.ProgramBuilder}
 * emit one with labels.
 *
 * <p>Invariants: the model records are immutable (lists are copied on construction); ids of types
 * and functions equal their position in the image; a type or function id of {@code -1}
 * ({@link org.runavm.kernel.bytecode.ProgramImage#NO_ID}) means "none" (untyped, no parent, catch
 * everything). Code offsets inside a function (jumps, scopes, exception ranges) are relative to the
 * function's first instruction; line table offsets are absolute in the code section.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.runavm.kernel.bytecode;
