package org.runavm.compiler.frontend.parser;

import java.util.Set;
import org.runavm.compiler.frontend.lexer.Keyword;

/**
 * A block construct whose {@code End} has not been seen yet: what closes it ({@code End For}) and
 * which words continue it ({@code Otherwise} for {@code If}, {@code Catch} for {@code Try}). The
 * parser keeps a stack of these to tell a misplaced {@code End} that belongs to an outer block
 * from a stray one.
 *
 * @param key           the block word as written after {@code End}: {@code If}, {@code Task Group}...
 * @param line          the line of the header, for "expected to close the ... at line N"
 * @param continuations words that end a part of this block without closing it
 */
record OpenBlock(String key, int line, Set<Keyword> continuations) {
}
