package org.runavm.kernel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class VmConfigTest {
    private static final long MIB = Size.MIB;

    @Test
    void defaultsAreTheStandardModel() {
        VmConfig c = VmConfig.defaults();
        assertEquals(MemoryModel.STANDARD, c.memoryModel());
        assertEquals(16 * MIB, c.gcInitialHeap());
        assertEquals(256 * MIB, c.gcMaxHeap());
        assertEquals(16 * MIB, c.gcYoungSize());
        assertEquals(CollectorChoice.GENERATIONAL, c.collector());
        assertEquals(JitMode.ON, c.jit());
        assertEquals(1000, c.jitThreshold());
        assertEquals(2, c.optimize());
        assertEquals(80, c.gcCollectionThreshold());
        assertEquals(LogLevel.WARN, c.logLevel());
        assertTrue(c.threads().isEmpty());
        assertFalse(c.sandbox());
        assertEquals(FileSwitch.OFF, c.profileGen());
        assertTrue(c.permissions().isEmpty());
    }

    @Test
    void theMemoryModelSuppliesSizesAndCollector() {
        VmConfig server = VmConfig.builder().memoryModel(MemoryModel.SERVER).build();
        assertEquals(Size.GIB, server.gcMaxHeap());
        VmConfig constrained = VmConfig.builder().memoryModel(MemoryModel.CONSTRAINED).build();
        assertEquals(32 * MIB, constrained.gcMaxHeap());
        assertEquals(CollectorChoice.COMPACT, constrained.collector());
        VmConfig chosen = VmConfig.builder().memoryModel(MemoryModel.CONSTRAINED)
                .collector(CollectorChoice.GENERATIONAL).build();
        assertEquals(CollectorChoice.GENERATIONAL, chosen.collector());
    }

    @Test
    void customNeedsAMaximum() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> VmConfig.builder().memoryModel(MemoryModel.CUSTOM).build());
        assertEquals("--memory-model", e.option());
        assertEquals(64 * MIB, VmConfig.builder().memoryModel(MemoryModel.CUSTOM).gcMaxHeap(64 * MIB).build()
                .gcMaxHeap());
    }

    @Test
    void initialHeapMayNotExceedTheMaximum() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> VmConfig.builder().gcInitialHeap(2 * Size.GIB).gcMaxHeap(Size.GIB).build());
        assertEquals("--gc-initial-heap: 2g is larger than the maximum heap 1g (--gc-max-heap)", e.getMessage());
    }

    @Test
    void youngSizeMustBeSmallerThanTheMaximum() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> VmConfig.builder().gcYoungSize(64 * MIB).gcMaxHeap(64 * MIB).build());
        assertEquals("--gc-young-size", e.option());
    }

    @Test
    void theMemoryLimitCapsTheHeapAndTheDefaults() {
        VmConfig c = VmConfig.builder().memoryLimit(4 * MIB).build();
        assertEquals(4 * MIB, c.gcMaxHeap());
        assertEquals(4 * MIB, c.gcInitialHeap());
        assertEquals(MIB, c.gcYoungSize());
        assertEquals(8 * MIB, VmConfig.builder().gcMaxHeap(Size.GIB).memoryLimit(8 * MIB).build().gcMaxHeap());
    }

    @Test
    void aLimitBelowAnExplicitInitialHeapIsNamed() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> VmConfig.builder().gcInitialHeap(64 * MIB).memoryLimit(32 * MIB).build());
        assertEquals("--gc-initial-heap: 64m is larger than the maximum heap 32m (--memory-limit)", e.getMessage());
        ConfigException model = assertThrows(ConfigException.class,
                () -> VmConfig.builder().gcInitialHeap(Size.GIB).build());
        assertEquals("--gc-initial-heap: 1g is larger than the maximum heap 256m (the memory model's default)",
                model.getMessage());
    }

    @Test
    void aTinyHeapIsRejected() {
        ConfigException e = assertThrows(ConfigException.class, () -> VmConfig.builder().gcMaxHeap(1024).build());
        assertEquals("--gc-max-heap: heap of 1k is too small (the minimum is 64k)", e.getMessage());
    }

    @Test
    void rangesAreCheckedAsValuesAreSet() {
        assertEquals("--optimize: value 4 is out of range (expected from 0 to 3)",
                assertThrows(ConfigException.class, () -> VmConfig.builder().optimize(4)).getMessage());
        assertEquals("--threads: value -1 is out of range (expected from 1 to 4096)",
                assertThrows(ConfigException.class, () -> VmConfig.builder().threads(-1)).getMessage());
        assertThrows(ConfigException.class, () -> VmConfig.builder().gcCollectionThreshold(101));
        assertThrows(ConfigException.class, () -> VmConfig.builder().jitThreshold(0));
        assertThrows(ConfigException.class, () -> VmConfig.builder().monitoringPort(65536));
        assertThrows(ConfigException.class, () -> VmConfig.builder().executionTimeoutMillis(0));
        assertThrows(ConfigException.class, () -> VmConfig.builder().instructionLimit(-5));
        assertThrows(ConfigException.class, () -> VmConfig.builder().gcMaxHeap(0));
        assertThrows(ConfigException.class, () -> VmConfig.builder().snapshotMain("2fast"));
    }

    @Test
    void embeddedImpliesTheSandboxAndCannotDropIt() {
        assertTrue(VmConfig.builder().embedded(true).build().sandbox());
        ConfigException e = assertThrows(ConfigException.class,
                () -> VmConfig.builder().embedded(true).sandbox(false).build());
        assertEquals("--sandbox", e.option());
    }

    @Test
    void snapshotFlagsComeTogether() {
        assertEquals("--snapshot-main: needs --create-snapshot FILE", assertThrows(ConfigException.class,
                () -> VmConfig.builder().snapshotMain("initialize").build()).getMessage());
        assertThrows(ConfigException.class, () -> VmConfig.builder().createSnapshot(Path.of("a.snapshot")).build());
        assertThrows(ConfigException.class, () -> VmConfig.builder().createSnapshot(Path.of("a"))
                .snapshotMain("initialize").loadSnapshot(Path.of("b")).build());
        VmConfig c = VmConfig.builder().createSnapshot(Path.of("app.snapshot")).snapshotMain("initialize").build();
        assertEquals("initialize", c.snapshotMain().orElseThrow());
    }

    @Test
    void aotNeedsTheJit() {
        assertEquals("--use-aot", assertThrows(ConfigException.class,
                () -> VmConfig.builder().jit(JitMode.OFF).useAot(true).build()).option());
    }

    @Test
    void permissionsKeepTheirOrder() {
        VmConfig c = VmConfig.builder().addPermission(new PermissionFlag("allow-fs", "read:/data"))
                .addPermission(new PermissionFlag("deny-fs", "/data/secret"))
                .addPermission(new PermissionFlag("allow-env", "")).build();
        assertEquals(List.of("allow-fs", "deny-fs", "allow-env"),
                c.permissions().stream().map(PermissionFlag::flag).toList());
        assertThrows(UnsupportedOperationException.class, () -> c.permissions().clear());
    }

    @Test
    void enumsParseTheirCommandLineSpelling() {
        assertEquals(JitMode.AGGRESSIVE, JitMode.parse("--jit", "aggressive"));
        assertEquals(LogLevel.TRACE, LogLevel.parse("--log-level", "TRACE"));
        assertEquals(CompatMode.STRICT, CompatMode.parse("--compat-mode", "strict"));
        assertEquals(CollectorChoice.COMPACT, CollectorChoice.parse("--gc", "compact"));
        assertEquals(MemoryModel.SERVER, MemoryModel.parse("--memory-model", "server"));
        ConfigException e = assertThrows(ConfigException.class, () -> JitMode.parse("--jit", "fast"));
        assertEquals("--jit: invalid value 'fast' (expected one of: off, on, aggressive)", e.getMessage());
    }
}
