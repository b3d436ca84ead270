package org.runavm.security.internal.file;

import java.util.Set;
import org.runavm.kernel.security.PolicyException;
import org.runavm.kernel.security.ResourceLimits;

/**
 * The {@code limits} object of a policy file. {@code memory} is a byte count or a SIZE text like the
 * command line's ({@code "512m"}); the others are positive integers.
 */
final class LimitsSection {

    private LimitsSection() {
    }

    static ResourceLimits read(PolicyNode limits) throws PolicyException {
        limits.object(Set.of("memory", "execution_timeout_ms", "instruction_limit", "max_tasks", "max_open_files"));
        ResourceLimits result = ResourceLimits.NONE;
        if (limits.member("memory").isPresent()) {
            result = result.withMemoryBytes(memory(limits.required("memory")));
        }
        if (limits.member("execution_timeout_ms").isPresent()) {
            result = result.withExecutionTimeoutMs(limits.required("execution_timeout_ms").positiveLong());
        }
        if (limits.member("instruction_limit").isPresent()) {
            result = result.withInstructionLimit(limits.required("instruction_limit").positiveLong());
        }
        if (limits.member("max_tasks").isPresent()) {
            result = result.withMaxTasks(limits.required("max_tasks").positiveLong());
        }
        if (limits.member("max_open_files").isPresent()) {
            result = result.withMaxOpenFiles(limits.required("max_open_files").positiveLong());
        }
        return result;
    }

    private static long memory(PolicyNode node) throws PolicyException {
        if (!node.isText()) {
            return node.positiveLong();
        }
        String text = node.text();
        try {
            return SizeText.parse(text);
        } catch (IllegalArgumentException e) {
            throw node.error("invalid size \"" + text + "\" (expected a number with an optional k, m or g suffix, e.g. 128m)");
        }
    }
}
