/**
 * The {@code java.lang.foreign} implementation of the kernel's foreign-function API: library lookup
 * ({@link org.runavm.ffi.internal.LibraryResolver}), downcalls with checked argument conversion
 * ({@link org.runavm.ffi.internal.NativeFunction}, {@link org.runavm.ffi.internal.ArgumentConverter}),
 * upcalls ({@link org.runavm.ffi.internal.Callback}) and session-owned native memory
 * ({@link org.runavm.ffi.internal.NativeMemory}).
 *
 * <p>Invariants: no Java exception ever reaches native code (callbacks catch everything); no native
 * memory is freed that the session did not allocate, nor twice; nothing is unloaded or freed while a
 * native call of the session runs; closing a session releases all of its native resources.
 */
package org.runavm.ffi.internal;
