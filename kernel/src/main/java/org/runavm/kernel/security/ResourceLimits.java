package org.runavm.kernel.security;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * The resource limits of one VM instance, each optional (empty = unlimited). They come from flags
 * ({@code --memory-limit}, {@code --execution-timeout}, {@code --instruction-limit}) and from a policy
 * file's {@code limits}; a flag's value wins over the file's ({@link #overriddenBy}). The heap,
 * engines and scheduler enforce them; this value only carries them.
 *
 * @param memoryBytes        maximum managed heap in bytes
 * @param executionTimeoutMs wall-clock budget of the program in milliseconds
 * @param instructionLimit   bytecode instruction budget
 * @param maxTasks           maximum number of live tasks
 * @param maxOpenFiles       maximum number of files and sockets open at once
 */
public record ResourceLimits(
        OptionalLong memoryBytes,
        OptionalLong executionTimeoutMs,
        OptionalLong instructionLimit,
        OptionalLong maxTasks,
        OptionalLong maxOpenFiles) {

    /** No limit at all. */
    public static final ResourceLimits NONE = new ResourceLimits(
            OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(),
            OptionalLong.empty(), OptionalLong.empty());

    public ResourceLimits {
        requirePositive("memoryBytes", memoryBytes);
        requirePositive("executionTimeoutMs", executionTimeoutMs);
        requirePositive("instructionLimit", instructionLimit);
        requirePositive("maxTasks", maxTasks);
        requirePositive("maxOpenFiles", maxOpenFiles);
    }

    private static void requirePositive(String name, OptionalLong value) {
        Objects.requireNonNull(value, name);
        if (value.isPresent() && value.getAsLong() <= 0) {
            throw new IllegalArgumentException(name + " must be positive, not " + value.getAsLong());
        }
    }

    public ResourceLimits withMemoryBytes(long bytes) {
        return new ResourceLimits(OptionalLong.of(bytes), executionTimeoutMs, instructionLimit, maxTasks, maxOpenFiles);
    }

    public ResourceLimits withExecutionTimeoutMs(long ms) {
        return new ResourceLimits(memoryBytes, OptionalLong.of(ms), instructionLimit, maxTasks, maxOpenFiles);
    }

    public ResourceLimits withInstructionLimit(long instructions) {
        return new ResourceLimits(memoryBytes, executionTimeoutMs, OptionalLong.of(instructions), maxTasks, maxOpenFiles);
    }

    public ResourceLimits withMaxTasks(long tasks) {
        return new ResourceLimits(memoryBytes, executionTimeoutMs, instructionLimit, OptionalLong.of(tasks), maxOpenFiles);
    }

    public ResourceLimits withMaxOpenFiles(long files) {
        return new ResourceLimits(memoryBytes, executionTimeoutMs, instructionLimit, maxTasks, OptionalLong.of(files));
    }

    /** These limits with every limit {@code other} sets replaced by {@code other}'s value. */
    public ResourceLimits overriddenBy(ResourceLimits other) {
        return new ResourceLimits(
                pick(other.memoryBytes, memoryBytes),
                pick(other.executionTimeoutMs, executionTimeoutMs),
                pick(other.instructionLimit, instructionLimit),
                pick(other.maxTasks, maxTasks),
                pick(other.maxOpenFiles, maxOpenFiles));
    }

    private static OptionalLong pick(OptionalLong preferred, OptionalLong fallback) {
        return preferred.isPresent() ? preferred : fallback;
    }
}
