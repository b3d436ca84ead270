package org.runavm.engine.interpreter.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.runavm.kernel.config.FileSwitch;
import org.runavm.kernel.config.VmConfig;

/**
 * {@code --profile-cpu[=FILE]}: a sampling profiler of Runa processes. A daemon thread looks at the
 * call stack of every Runa thread of the run (the program's own, its tasks' and its actors') once per
 * millisecond and counts, per process, the samples in which it was running (self) and those in which
 * it was on the stack (total). The stacks are read without stopping their threads: a sample may see
 * a frame being pushed or popped, which a profile of many samples does not notice, and which never
 * disturbs the program. A thread that waits (await, a channel, a lock, sleep, an Ask) is not sampled
 * meanwhile, so the figures are the time each process spent running. When the run ends: JSON in FILE,
 * or a table on standard error.
 */
final class CpuProfile {
    /** Sampling period. */
    static final long INTERVAL_NANOS = 1_000_000;
    /** Only the top frames of a deep stack count towards "total" (deep recursion is one process anyway). */
    private static final int MAX_FRAMES = 256;

    /** The samples of one process. */
    record ProcessUsage(String process, String location, long self, long total) {
    }

    private final FileSwitch option;
    private final Set<Vm> threads = ConcurrentHashMap.newKeySet();
    private final Map<Fn, long[]> counts = new IdentityHashMap<>(); // sampler thread only, until it stops
    private final Thread sampler;
    private volatile boolean running = true;
    private long samples;

    private CpuProfile(FileSwitch option, Vm root) {
        this.option = option;
        threads.add(root);
        this.sampler = Thread.ofPlatform().daemon().name("runavm-cpu-profiler").unstarted(this::sample);
    }

    /** Starts the profile of the run of {@code root} if {@code --profile-cpu} was given; else null. */
    static CpuProfile startIfAsked(Vm root) {
        FileSwitch option = ProfileReport.option(root, VmConfig::profileCpu);
        if (!option.enabled()) {
            return null;
        }
        CpuProfile profile = new CpuProfile(option, root);
        profile.sampler.start();
        return profile;
    }

    /** A task's or actor's view of the run starts running Runa code. */
    void threadStarted(Vm view) {
        threads.add(view);
    }

    /** That view is done. */
    void threadStopped(Vm view) {
        threads.remove(view);
    }

    private void sample() {
        long next = System.nanoTime();
        while (running) {
            for (Vm vm : threads) {
                if (!vm.waiting) {
                    sampleStack(vm.st);
                }
            }
            samples++;
            next += INTERVAL_NANOS;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            } else {
                next = System.nanoTime(); // fell behind (a loaded machine): do not try to catch up
            }
        }
    }

    /** Counts one sample of a stack read while its thread runs: every read is checked, nothing trusted. */
    private void sampleStack(ValueStack st) {
        Fn[] frames = st.fFn;
        int depth = Math.min(st.depth, frames.length - 1);
        if (depth < 1) {
            return;
        }
        Fn top = frames[depth];
        if (top == null) {
            return;
        }
        counts.computeIfAbsent(top, f -> new long[2])[0]++;
        Set<Fn> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (int d = depth; d >= 1 && d > depth - MAX_FRAMES; d--) {
            Fn fn = frames[d];
            if (fn != null && seen.add(fn)) {
                counts.computeIfAbsent(fn, f -> new long[2])[1]++;
            }
        }
    }

    /** The run is over: stops sampling and reports. */
    void finish(Vm root) {
        running = false;
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<ProcessUsage> processes = new ArrayList<>();
        counts.forEach((fn, c) -> processes.add(new ProcessUsage(fn.name, fn.program.position(fn.start), c[0], c[1])));
        processes.sort((a, b) -> a.self() != b.self() ? Long.compare(b.self(), a.self())
                : a.total() != b.total() ? Long.compare(b.total(), a.total()) : a.process().compareTo(b.process()));
        ProfileReport.deliver(root, "--profile-cpu", option, json -> writeJson(json, processes), () -> table(processes));
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
    }

    private void writeJson(JsonGenerator json, List<ProcessUsage> processes) throws IOException {
        long stacks = processes.stream().mapToLong(ProcessUsage::self).sum();
        json.writeNumberField("interval_ms", INTERVAL_NANOS / 1e6);
        json.writeNumberField("ticks", samples);
        json.writeNumberField("samples", stacks);
        json.writeArrayFieldStart("processes");
        for (ProcessUsage p : processes) {
            json.writeStartObject();
            json.writeStringField("process", p.process());
            json.writeStringField("location", p.location());
            json.writeNumberField("self_samples", p.self());
            json.writeNumberField("total_samples", p.total());
            json.writeNumberField("self_percent", percent(p.self(), stacks));
            json.writeNumberField("total_percent", percent(p.total(), stacks));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static StringBuilder table(List<ProcessUsage> processes) {
        long stacks = processes.stream().mapToLong(ProcessUsage::self).sum();
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "runavm: CPU profile: %d samples of Runa stacks, one per thread every "
                + "%.0f ms%n", stacks, INTERVAL_NANOS / 1e6));
        table.append(String.format(Locale.ROOT, "  %7s %7s  %-28s %s%n", "self", "total", "process", "location"));
        for (ProcessUsage p : ProfileReport.shown(processes)) {
            table.append(String.format(Locale.ROOT, "  %6.1f%% %6.1f%%  %-28s %s%n", percent(p.self(), stacks),
                    percent(p.total(), stacks), p.process(), p.location()));
        }
        ProfileReport.noteHidden(table, processes.size(), "processes", "--profile-cpu");
        return table;
    }
}
