package org.runavm.compiler.frontend.ast;

import java.util.List;

/**
 * A type annotation: {@code Integer}, {@code Integer?}, {@code Optional of T}, {@code List of T},
 * {@code Map of K to V}, {@code Set of T}, {@code Task of T}. {@code Optional of T} is normalised
 * to {@code T} with {@code optional} set, so both spellings produce the same node.
 */
public record TypeRef(Pos pos, String name, List<TypeRef> arguments, boolean optional) implements Node {

    public static TypeRef simple(Pos pos, String name) {
        return new TypeRef(pos, name, List.of(), false);
    }

    /** The annotation as a user writes it, for messages: {@code Map of Text to Integer?}. */
    public String display() {
        StringBuilder b = new StringBuilder(name);
        if (!arguments.isEmpty()) {
            b.append(" of ").append(arguments.get(0).display());
            if (arguments.size() > 1) {
                b.append(" to ").append(arguments.get(1).display());
            }
        }
        return optional ? b + "?" : b.toString();
    }
}
