package org.runavm.kernel.exec;

/**
 * The counters an engine keeps per function for its tier compiler.
 *
 * @param calls how often the function was called
 * @param backEdges how often its loops jumped back
 * @param observedTypes per bytecode offset of a typed instruction, a bit set of the value tags seen
 *     there (empty when the engine does not profile types)
 */
public record FunctionProfile(long calls, long backEdges, long[] observedTypes) {
}
