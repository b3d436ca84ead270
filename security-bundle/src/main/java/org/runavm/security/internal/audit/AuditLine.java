package org.runavm.security.internal.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.runavm.kernel.security.AuditRecord;

/**
 * The JSON line of one audit record:
 * {@code {"time":"2026-11-25T14:03:07.123Z","permission":"fs read","target":"/etc/passwd",
 * "allowed":false,"rule":"default: the sandbox denies what no rule grants"}}, with
 * {@code "requested"} added when the program named the target differently (a relative path, a
 * symlink). Written with Jackson so that any target text is escaped correctly and a hostile path
 * cannot forge a second line.
 */
public final class AuditLine {

    private static final JsonFactory JSON = new JsonFactory();

    private AuditLine() {
    }

    /** The record as one line of JSON, without the line break. */
    public static String format(AuditRecord record) {
        StringWriter out = new StringWriter(160);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("time", record.time().toString());
            json.writeStringField("permission", record.permission().displayName());
            json.writeStringField("target", record.target());
            if (!record.requested().equals(record.target())) {
                json.writeStringField("requested", record.requested());
            }
            json.writeBooleanField("allowed", record.allowed());
            json.writeStringField("rule", record.rule());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
