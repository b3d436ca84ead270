package org.runavm.security.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runavm.kernel.security.AuditRecord;
import org.runavm.kernel.security.Permission;
import org.runavm.kernel.security.PolicyException;

class JsonLinesAuditSinkTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private static AuditRecord record(String target) {
        return new AuditRecord(Instant.parse("2026-01-01T00:00:00Z"), Permission.ENV, target, target, true, "--allow-env");
    }

    @Test
    void oneFlushedLinePerRecordAppendedToExistingContent() throws Exception {
        Path log = temp.resolve("audit.jsonl");
        Files.writeString(log, "{\"earlier\":true}\n");
        try (JsonLinesAuditSink sink = JsonLinesAuditSink.open(log)) {
            sink.record(record("HOME"));
            // Flushed at once: readable before close.
            assertEquals(2, Files.readAllLines(log).size());
            sink.record(record("PATH"));
        }
        List<String> lines = Files.readAllLines(log);
        assertEquals(3, lines.size());
        JsonNode second = JSON.readTree(lines.get(1));
        assertEquals("HOME", second.get("target").asText());
        assertEquals("env", second.get("permission").asText());
        assertTrue(second.get("allowed").asBoolean());
        assertEquals("--allow-env", second.get("rule").asText());
        assertEquals("2026-01-01T00:00:00Z", second.get("time").asText());
    }

    @Test
    void recordsAfterCloseAreDropped() throws Exception {
        Path log = temp.resolve("audit.jsonl");
        JsonLinesAuditSink sink = JsonLinesAuditSink.open(log);
        sink.close();
        sink.record(record("HOME"));
        sink.close();
        assertEquals(0, Files.readAllLines(log).size());
    }

    @Test
    void concurrentWritersNeverInterleave() throws Exception {
        Path log = temp.resolve("audit.jsonl");
        int threads = 8;
        int each = 250;
        try (JsonLinesAuditSink sink = JsonLinesAuditSink.open(log);
             ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        sink.record(record("VAR_" + id + "_" + i + "_" + "x".repeat(200)));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        List<String> lines = Files.readAllLines(log);
        assertEquals(threads * each, lines.size());
        Set<String> targets = new HashSet<>();
        for (String line : lines) {
            targets.add(JSON.readTree(line).get("target").asText());
        }
        assertEquals(threads * each, targets.size());
    }

    @Test
    void unopenableFileIsAPolicyError() {
        Path log = temp.resolve("no/such/dir/audit.jsonl");
        assertEquals("--audit-log " + log + ": cannot open for writing (no such directory)",
                assertThrows(PolicyException.class, () -> JsonLinesAuditSink.open(log)).getMessage());
    }
}
