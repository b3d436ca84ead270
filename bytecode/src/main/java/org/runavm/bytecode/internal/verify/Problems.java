package org.runavm.bytecode.internal.verify;

import java.util.ArrayList;
import java.util.List;

import org.runavm.kernel.loader.VerificationProblem;

/** Collects the problems of one verification, in the order they are found. */
final class Problems {

    /** Enough to explain any file; a hostile file with millions of faults stops growing here. */
    static final int LIMIT = 1000;

    private final List<VerificationProblem> list = new ArrayList<>();

    void add(String section, String function, int offset, String message) {
        if (list.size() < LIMIT) {
            list.add(new VerificationProblem(section, function, offset, message));
        }
    }

    void add(String section, String message) {
        add(section, null, -1, message);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<VerificationProblem> toList() {
        return List.copyOf(list);
    }
}
