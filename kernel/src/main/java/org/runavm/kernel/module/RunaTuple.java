package org.runavm.kernel.module;

import java.util.List;

/** A Runa Tuple as a Java value (see {@link NativeCall}): immutable, two or more elements. */
public record RunaTuple(List<Object> elements) {
    public RunaTuple {
        elements = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(elements)); // elements may be null
    }

    public static RunaTuple of(Object... elements) {
        return new RunaTuple(java.util.Arrays.asList(elements));
    }
}
