package org.runavm.kernel.heap.objects;

/** A List, Map, Set or Bytes was used as a Map key or Set element (Runa's {@code TypeError}). */
public final class UnhashableKeyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnhashableKeyException(String typeName) {
        super(("AEIOU".indexOf(typeName.charAt(0)) >= 0 ? "an " : "a ") + typeName
                + " cannot be used as a Map key or Set element", null, false, false);
    }
}
