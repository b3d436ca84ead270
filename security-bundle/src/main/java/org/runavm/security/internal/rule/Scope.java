package org.runavm.security.internal.rule;

/**
 * What one rule covers. {@link #specificity} is how precisely it covers a subject: the resolver lets
 * the most specific matching rule decide, so a grant of {@code /app/data} beats a denial of
 * {@code /}, and an exact host beats {@code *.example.com}.
 */
public sealed interface Scope permits AnyScope, PathScope, EndpointScope, NameScope {

    /** Returned by {@link #specificity} when the scope does not cover the subject. */
    long NO_MATCH = -1;

    /** How specifically this scope covers {@code subject} (0 = covers everything), or {@link #NO_MATCH}. */
    long specificity(Subject subject);
}
