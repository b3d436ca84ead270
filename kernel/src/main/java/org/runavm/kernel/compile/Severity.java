package org.runavm.kernel.compile;

import java.util.Locale;

/** How serious a {@link Diagnostic} is. Only errors stop a compilation. */
public enum Severity {
    ERROR,
    WARNING,
    NOTE;

    /** The lower-case word printed in a diagnostic line ({@code error}, {@code warning}, {@code note}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
