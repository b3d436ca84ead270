/**
 * Runa values as engines keep them: a 64-bit payload plus a one-byte {@link org.runavm.kernel.value.Tag}.
 *
 * <p>The model is Lua's {@code TValue}. Integers and Decimals live in the payload and are never boxed, so
 * arithmetic allocates nothing; Boolean and Null are tags; every other value is a {@link Tag#REF reference}
 * whose payload is a word address in the VM's managed heap ({@code org.runavm.kernel.heap}). Engines keep
 * frames as parallel {@code long[]} payload and {@code byte[]} tag arrays, which is also what the collector
 * scans: a slot is a reference if and only if its tag is {@link Tag#REF}.
 *
 * <p>Invariant: a payload whose tag is not {@code REF} is never interpreted as an address, so a stale or
 * arbitrary integer can never keep an object alive or be "updated" by a moving collector.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.runavm.kernel.value;
