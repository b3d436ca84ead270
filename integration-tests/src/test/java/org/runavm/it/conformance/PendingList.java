package org.runavm.it.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The corpus programs known not to pass yet, read from {@code tests/conformance/PENDING}: one
 * program path per line followed by {@code # reason}; blank lines and lines starting with {@code #}
 * are ignored. The list may only shrink: {@link ConformanceCheck} fails a listed program that passes.
 */
public final class PendingList {
    /** The file's name in the corpus root. */
    public static final String FILE_NAME = "PENDING";

    private final Map<String, String> reasons;

    private PendingList(Map<String, String> reasons) {
        this.reasons = Collections.unmodifiableMap(reasons);
    }

    /** No program is pending. */
    public static PendingList none() {
        return new PendingList(new LinkedHashMap<>());
    }

    /** Reads {@code PENDING} from the corpus {@code root}; a missing file means nothing is pending. */
    public static PendingList read(Path root) throws IOException {
        Path file = root.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? parse(Files.readString(file, StandardCharsets.UTF_8)) : none();
    }

    /**
     * Parses the file's text.
     *
     * @throws IllegalArgumentException for an entry without a reason or a program listed twice, with
     *     the line number
     */
    public static PendingList parse(String text) {
        Map<String, String> reasons = new LinkedHashMap<>();
        int lineNumber = 0;
        for (String line : text.lines().toList()) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int hash = trimmed.indexOf('#');
            String reason = hash < 0 ? "" : trimmed.substring(hash + 1).strip();
            if (reason.isEmpty()) {
                throw new IllegalArgumentException(FILE_NAME + " line " + lineNumber + ": give a reason after '#': " + line);
            }
            String program = trimmed.substring(0, hash).strip();
            if (reasons.putIfAbsent(program, reason) != null) {
                throw new IllegalArgumentException(FILE_NAME + " line " + lineNumber + ": " + program + " is listed twice");
            }
        }
        return new PendingList(reasons);
    }

    /** Why {@code program} (a corpus name such as {@code lexical/escapes.runa}) is pending, if it is. */
    public Optional<String> reasonFor(String program) {
        return Optional.ofNullable(reasons.get(program));
    }

    /** Every pending program with its reason, in file order. */
    public Map<String, String> entries() {
        return reasons;
    }
}
