package org.runavm.security.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.security.AuditRecord;
import org.runavm.kernel.security.Permission;

class AuditLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void allFieldsInOrder() throws Exception {
        AuditRecord record = new AuditRecord(Instant.parse("2026-11-25T14:03:07.123Z"), Permission.FS_READ,
                "/etc/passwd", "/etc/passwd", false, "--deny-fs=/etc");
        assertEquals("{\"time\":\"2026-11-25T14:03:07.123Z\",\"permission\":\"fs read\",\"target\":\"/etc/passwd\","
                + "\"allowed\":false,\"rule\":\"--deny-fs=/etc\"}", AuditLine.format(record));
    }

    @Test
    void requestedTargetIsAddedWhenItDiffers() throws Exception {
        AuditRecord record = new AuditRecord(Instant.EPOCH, Permission.FS_WRITE, "/secret/x", "data/link/x", true, "r");
        JsonNode line = JSON.readTree(AuditLine.format(record));
        assertEquals("data/link/x", line.get("requested").asText());
        assertEquals("/secret/x", line.get("target").asText());
        assertEquals(List.of("time", "permission", "target", "requested", "allowed", "rule"),
                iterable(line.fieldNames()));
    }

    @Test
    void hostileTargetsCannotBreakTheLine() throws Exception {
        String evil = "/tmp/a\"\n{\"allowed\":true}\u0000\u2028";
        String line = AuditLine.format(new AuditRecord(Instant.EPOCH, Permission.FS_READ, evil, evil, false, "r"));
        assertFalse(line.contains("\n"));
        assertEquals(evil, JSON.readTree(line).get("target").asText());
        assertFalse(JSON.readTree(line).get("allowed").asBoolean());
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
