/**
 * The standard module {@code collections}: containers of Runa values and list functions written in
 * Runa (the module's Runa source, {@code collections.runa}), plus the native {@code range} and the
 * {@code Bytes} constructor.
 *
 * <p>Why Runa source: a native object must hold no Runa values (the collector cannot see inside it)
 * and a value handed to a native function is valid only during that call, so a Deque or a Counter of
 * Runa values cannot be a Java object. See {@code docs/decisions/088-module-runa-source.md}.
 */
package org.runavm.stdlib.collections.internal;
