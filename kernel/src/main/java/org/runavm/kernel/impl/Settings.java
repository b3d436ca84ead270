package org.runavm.kernel.impl;

import java.util.OptionalLong;
import org.runavm.kernel.config.PermissionFlag;
import org.runavm.kernel.config.VmConfig;
import org.runavm.kernel.heap.HeapConfig;
import org.runavm.kernel.sched.SchedulerConfig;
import org.runavm.kernel.security.ResourceLimits;
import org.runavm.kernel.security.SandboxSettings;
import org.runavm.kernel.security.SecurityFlag;

/** Translates one VM's configuration into the settings each service is created with. */
final class Settings {
    private Settings() {
    }

    /** The security settings: sandbox, the permission flags in order, policy file, audit log, limits. */
    static SandboxSettings sandbox(VmConfig config) {
        SandboxSettings settings = SandboxSettings.unrestricted().withSandbox(config.sandbox()); // the embedded profile already implies it
        for (PermissionFlag flag : config.permissions()) {
            // the configuration writes "no value" (a bare --allow-sys) as "", the policy as null
            String value = flag.value() == null || flag.value().isEmpty() ? null : flag.value();
            settings = settings.withFlag(new SecurityFlag(flag.flag(), value));
        }
        if (config.securityPolicy().isPresent()) {
            settings = settings.withPolicyFile(config.securityPolicy().get());
        }
        if (config.auditLog().isPresent()) {
            settings = settings.withAuditLog(config.auditLog().get());
        }
        return settings.withLimits(limits(config));
    }

    static ResourceLimits limits(VmConfig config) {
        ResourceLimits limits = ResourceLimits.NONE;
        if (config.memoryLimit().isPresent()) {
            limits = limits.withMemoryBytes(config.memoryLimit().getAsLong());
        }
        if (config.executionTimeoutMillis().isPresent()) {
            limits = limits.withExecutionTimeoutMs(config.executionTimeoutMillis().getAsLong());
        }
        if (config.instructionLimit().isPresent()) {
            limits = limits.withInstructionLimit(config.instructionLimit().getAsLong());
        }
        return limits;
    }

    /**
     * The heap: the smallest of the maximum heap, {@code --memory-limit} and the policy's memory limit,
     * because every one of them is a promise that the program never holds more.
     */
    static HeapConfig heap(VmConfig config, ResourceLimits effective) {
        long max = config.gcMaxHeap();
        OptionalLong limit = effective.memoryBytes();
        if (limit.isPresent()) {
            max = Math.min(max, limit.getAsLong());
        }
        max = Math.max(max, HeapConfig.MIN_BYTES);
        long young = Math.min(config.gcYoungSize(), max / 2);
        return new HeapConfig(max, young, config.gcVerify(), config.gcStress(), config.gcCollectionThreshold());
    }

    static SchedulerConfig scheduler(String vmId, VmConfig config, ResourceLimits effective) {
        int threads = config.threads().orElse(Runtime.getRuntime().availableProcessors());
        long maxTasks = effective.maxTasks().orElse(Integer.MAX_VALUE);
        return new SchedulerConfig(vmId, threads, (int) Math.min(maxTasks, Integer.MAX_VALUE));
    }
}
