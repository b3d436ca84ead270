package org.runavm.security.internal.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;
import org.runavm.kernel.security.AuditRecord;
import org.runavm.kernel.security.AuditSink;
import org.runavm.kernel.security.PolicyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code --audit-log FILE} sink: appends one JSON line per decision and flushes it at once, so
 * the log is complete up to the last decision even if the VM is killed. Lines from concurrent tasks
 * never interleave (one lock around each write). A write failure is logged once and the VM goes on:
 * an audit problem must not turn a decision around.
 */
public final class JsonLinesAuditSink implements AuditSink, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JsonLinesAuditSink.class);

    private final Path file;
    private final BufferedWriter out;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean failed;
    private boolean closed;

    private JsonLinesAuditSink(Path file, BufferedWriter out) {
        this.file = file;
        this.out = out;
    }

    /** Opens {@code file} for appending, creating it if needed. */
    public static JsonLinesAuditSink open(Path file) throws PolicyException {
        try {
            return new JsonLinesAuditSink(file, Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE));
        } catch (NoSuchFileException e) {
            throw new PolicyException("--audit-log " + file + ": cannot open for writing (no such directory)");
        } catch (AccessDeniedException e) {
            throw new PolicyException("--audit-log " + file + ": cannot open for writing (permission denied)");
        } catch (IOException e) {
            throw new PolicyException("--audit-log " + file + ": cannot open for writing (" + e.getMessage() + ")");
        }
    }

    @Override
    public void record(AuditRecord record) {
        String line = AuditLine.format(record);
        lock.lock();
        try {
            if (closed || failed) {
                return;
            }
            out.write(line);
            out.newLine();
            out.flush();
        } catch (IOException e) {
            failed = true;
            LOG.warn("audit log {}: cannot write ({}); further decisions are not audited", file, e.getMessage());
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                out.close();
            }
        } catch (IOException e) {
            LOG.warn("audit log {}: cannot close ({})", file, e.getMessage());
        } finally {
            lock.unlock();
        }
    }
}
