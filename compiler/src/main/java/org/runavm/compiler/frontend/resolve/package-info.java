/**
 * Name resolution and the static rules of statements: block scopes, hoisting, no shadowing within a
 * process, constants, captured variables, {@code Self}/{@code Break}/{@code Return}/{@code Yield}/
 * {@code Retry} placement, and argument checks for calls whose target is known. Results are in
 * {@link org.runavm.compiler.frontend.resolve.Resolution}, keyed by node identity.
 */
package org.runavm.compiler.frontend.resolve;
