package org.runavm.kernel.module;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The Java state of a value of a native type (an {@code Instant}, a {@code Socket}, a {@code Deque}).
 * It must hold no Runa values: the collector cannot see inside it. Its methods are the functions the
 * module declared for the type with {@link ModuleDefinition#type}; they reach it through
 * {@link NativeCall#receiver()}.
 */
@ConsumerType
public interface NativeObject {
    /** The Runa type name, as declared with {@link ModuleDefinition#type}. */
    String typeName();

    /** The text form used by {@code Display} and {@code +}. */
    String toText();

    /** Structural equality for {@code ==}; identity unless overridden. */
    default boolean runaEquals(NativeObject other) {
        return this == other;
    }

    /** Hash consistent with {@link #runaEquals}. */
    default long runaHash() {
        return System.identityHashCode(this);
    }

    /** Releases what the object holds (a socket, a file) when the VM closes or the object dies. */
    default void release() {
    }
}
