package org.runavm.engine.interpreter.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.runavm.kernel.config.FileSwitch;
import org.runavm.kernel.config.VmConfig;
import org.runavm.kernel.heap.CollectionEvent;
import org.runavm.kernel.heap.HeapStats;
import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.heap.objects.Instances;
import org.runavm.kernel.heap.spi.HeapInspector;

/**
 * {@code --profile-memory[=FILE]}: the largest set of live objects a run held, by type, largest first,
 * with the heap's counters; where memory goes and where a leak shows. With FILE, JSON
 * (docs/language-notes.md says its fields); without, a table on standard error when the run ends.
 *
 * <p>How the largest set is found without walking the heap at every collection: a collection listener
 * notices when the heap's use after a collection has grown a quarter past the largest live set
 * measured so far, and the next thread to end an instruction slice walks the live objects (a full
 * collection and a walk, world stopped); the run's end measures once more.
 */
final class MemoryProfile {
    /** Heaps below this are not measured before the run's end. */
    private static final long MINIMUM_BYTES = 16 * 1024;

    /** The objects and bytes of one type. */
    record TypeUsage(String type, long objects, long bytes) {
    }

    /** Hands a heap's collections to the profile of the run in progress; one per VM, since listeners stay. */
    static final class Trigger {
        volatile MemoryProfile current;
    }

    private final HeapInspector inspector;
    private final FileSwitch option;
    private volatile boolean wanted;
    private volatile long triggerBytes = MINIMUM_BYTES;
    private List<TypeUsage> largest = List.of();
    private long largestBytes = -1;
    private String takenAt = "at the end of the run";
    private HeapStats statsThen;

    private MemoryProfile(HeapInspector inspector, FileSwitch option) {
        this.inspector = inspector;
        this.option = option;
    }

    /** The profile of the run of {@code root}, if {@code --profile-memory} was given; else null. */
    static MemoryProfile startIfAsked(Vm root) {
        FileSwitch option = ProfileReport.option(root, VmConfig::profileMemory);
        if (!option.enabled()) {
            return null;
        }
        HeapInspector inspector = root.ctx.heapInspector().orElse(null);
        if (inspector == null) {
            root.ctx.streams().err().println("runavm: --profile-memory: this runtime's collector cannot walk its heap");
            return null;
        }
        MemoryProfile profile = new MemoryProfile(inspector, option);
        synchronized (root.lock) {
            if (root.tables.memoryTrigger == null) {
                Trigger trigger = new Trigger();
                root.tables.memoryTrigger = trigger;
                root.heap.addCollectionListener(event -> {
                    MemoryProfile current = trigger.current;
                    if (current != null) {
                        current.observe(event);
                    }
                });
            }
            root.tables.memoryTrigger.current = profile;
        }
        return profile;
    }

    private void observe(CollectionEvent event) {
        if (event.usedBytesAfter() > triggerBytes) {
            wanted = true;
        }
    }

    /** At the end of an instruction slice: measures if the heap has grown enough since the last time. */
    static void poll(Vm vm) {
        MemoryProfile profile = vm.root.memoryProfile;
        if (profile != null && profile.wanted) {
            profile.measure(vm, null);
        }
    }

    /** Walks the live objects from {@code vm}'s thread and keeps them if they are the largest set yet. */
    private void measure(Vm vm, String when) {
        wanted = false;
        vm.flush();
        List<TypeUsage> types = liveObjects(vm, inspector);
        long bytes = types.stream().mapToLong(TypeUsage::bytes).sum();
        HeapStats stats = vm.heap.stats();
        synchronized (this) {
            if (bytes > largestBytes) {
                largest = types;
                largestBytes = bytes;
                statsThen = stats;
                takenAt = when != null ? when : "after collection " + stats.collections();
            }
            triggerBytes = Math.max(MINIMUM_BYTES, largestBytes + largestBytes / 4);
        }
    }

    /** The run is over (its values still held): measures once more and reports the largest set. */
    void finish(Vm root) {
        measure(root, "at the end of the run");
        synchronized (root.lock) {
            if (root.tables.memoryTrigger.current == this) {
                root.tables.memoryTrigger.current = null;
            }
        }
        ProfileReport.deliver(root, "--profile-memory", option, json -> writeJson(json, statsThen, takenAt, largest),
                () -> table(statsThen, takenAt, largest));
    }

    /** Collects, then counts the live objects by type; largest first. */
    static List<TypeUsage> liveObjects(Vm vm, HeapInspector inspector) {
        Map<String, long[]> byType = new HashMap<>();
        vm.flush();
        inspector.walkLiveObjects((address, shape, sizeBytes) -> {
            long[] usage = byType.computeIfAbsent(typeOf(vm, address, shape), k -> new long[2]);
            usage[0]++;
            usage[1] += sizeBytes;
        });
        List<TypeUsage> types = new ArrayList<>();
        byType.forEach((type, usage) -> types.add(new TypeUsage(type, usage[0], usage[1])));
        types.sort((a, b) -> a.bytes() != b.bytes() ? Long.compare(b.bytes(), a.bytes()) : a.type().compareTo(b.type()));
        return types;
    }

    /** The type a user knows an object by: its class, or the Runa type whose storage it is. */
    private static String typeOf(Vm vm, long address, int shape) {
        return switch (shape) {
            case Shapes.TEXT_LATIN1, Shapes.TEXT_UTF32 -> "Text";
            case Shapes.BYTES -> "Bytes";
            case Shapes.LIST -> "List";
            case Shapes.ARRAY -> "List and Map storage";
            case Shapes.TUPLE -> "Tuple";
            case Shapes.MAP -> "Map";
            case Shapes.SET -> "Set";
            case Shapes.HASH_INDEX -> "Map and Set index";
            case Shapes.INSTANCE -> {
                long cls = Instances.classPayload(vm.mem, address);
                int index = Imm.index(cls);
                yield index >= 0 && index < vm.classes.size() ? vm.classes.get(index).name : "instance";
            }
            case Shapes.CLOSURE, EngineShapes.BOUND_METHOD -> "Function";
            case Shapes.UPVALUE -> "captured variable";
            case EngineShapes.ITERATOR -> "iterator";
            case EngineShapes.GENERATOR -> "generator";
            case EngineShapes.POINTER -> "Pointer";
            default -> "shape " + shape;
        };
    }

    private static void writeJson(JsonGenerator json, HeapStats stats, String takenAt, List<TypeUsage> types)
            throws IOException {
        long objects = types.stream().mapToLong(TypeUsage::objects).sum();
        long bytes = types.stream().mapToLong(TypeUsage::bytes).sum();
        json.writeStringField("measured", takenAt);
        json.writeStringField("collector", stats.collector());
        json.writeNumberField("max_heap_bytes", stats.maxBytes());
        json.writeNumberField("used_bytes", stats.usedBytes());
        json.writeNumberField("committed_bytes", stats.committedBytes());
        json.writeNumberField("collections", stats.collections());
        json.writeNumberField("full_collections", stats.fullCollections());
        json.writeNumberField("total_pause_ms", stats.totalPauseNanos() / 1e6);
        json.writeNumberField("max_pause_ms", stats.maxPauseNanos() / 1e6);
        json.writeNumberField("live_objects", objects);
        json.writeNumberField("live_bytes", bytes);
        json.writeArrayFieldStart("types");
        for (TypeUsage t : types) {
            json.writeStartObject();
            json.writeStringField("type", t.type());
            json.writeNumberField("objects", t.objects());
            json.writeNumberField("bytes", t.bytes());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static StringBuilder table(HeapStats stats, String takenAt, List<TypeUsage> types) {
        long objects = types.stream().mapToLong(TypeUsage::objects).sum();
        long bytes = types.stream().mapToLong(TypeUsage::bytes).sum();
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "runavm: memory profile: the largest live set, %s: %d objects, "
                        + "%d bytes (%s heap of %d bytes; %d collections so far, %d full, %.2f ms paused)%n", takenAt,
                objects, bytes, stats.collector(), stats.maxBytes(), stats.collections(), stats.fullCollections(),
                stats.totalPauseNanos() / 1e6));
        table.append(String.format(Locale.ROOT, "  %-28s %12s %14s%n", "type", "objects", "bytes"));
        for (TypeUsage t : ProfileReport.shown(types)) {
            table.append(String.format(Locale.ROOT, "  %-28s %12d %14d%n", t.type(), t.objects(), t.bytes()));
        }
        ProfileReport.noteHidden(table, types.size(), "types", "--profile-memory");
        return table;
    }
}
