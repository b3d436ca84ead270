/**
 * The standard module {@code crypto}: digests and HMACs as hex Text, secure random bytes and UUIDs,
 * AES-GCM authenticated encryption, PBKDF2 key derivation and a constant-time comparison, all from
 * the JDK's providers.
 *
 * <p>Invariants: Text inputs are hashed and encrypted as UTF-8 (an unpaired surrogate is a
 * {@code ValueError}, never silently replaced); anything that draws OS entropy checks the
 * {@code random} permission first; every failure, including a wrong key or tampered ciphertext, is a
 * Runa {@code ValueError} or {@code TypeError}, never a Java exception.
 */
package org.runavm.stdlib.crypto.internal;
