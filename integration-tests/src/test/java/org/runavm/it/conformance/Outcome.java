package org.runavm.it.conformance;

/** What a run of a corpus program actually produced. */
public record Outcome(String stdout, String stderr, int status) {
}
