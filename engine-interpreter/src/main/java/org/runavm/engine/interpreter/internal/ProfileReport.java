package org.runavm.engine.interpreter.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.runavm.kernel.config.FileSwitch;
import org.runavm.kernel.config.VmConfig;

/**
 * Where the reports of {@code --profile-cpu} and {@code --profile-memory} go when a run ends: a JSON
 * object in the option's FILE (its {@code program}, then the profile's fields), or, without a FILE, a
 * table of the first {@link #TABLE_ROWS} rows on standard error.
 */
final class ProfileReport {
    /** The rows a table on standard error lists; the JSON file lists them all. */
    static final int TABLE_ROWS = 20;

    /** Writes a profile's fields into the report's JSON object. */
    @FunctionalInterface
    interface JsonFields {
        void write(JsonGenerator json) throws IOException;
    }

    private ProfileReport() {
    }

    /** The option {@code which} of the run's configuration; off in a VM without one. */
    static FileSwitch option(Vm root, Function<VmConfig, FileSwitch> which) {
        return root.ctx.config() == null ? FileSwitch.OFF : which.apply(root.ctx.config());
    }

    /** Writes the report of {@code flag}: {@code fields} as JSON in its FILE, else {@code table} on standard error. */
    static void deliver(Vm root, String flag, FileSwitch option, JsonFields fields, Supplier<StringBuilder> table) {
        PrintStream err = root.ctx.streams().err();
        if (option.file().isEmpty()) {
            err.print(table.get());
            err.flush();
            return;
        }
        writeJson(root, flag, option.file().get(), fields);
    }

    /**
     * Writes a JSON object to {@code file}: the run's {@code program}, then {@code fields}; a file that
     * cannot be written is one line on standard error naming {@code flag}.
     */
    static void writeJson(Vm root, String flag, Path file, JsonFields fields) {
        PrintStream err = root.ctx.streams().err();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeStringField("program", root.main != null ? root.main.path : null);
            fields.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            err.println("runavm: " + flag + ": cannot write " + file + ": " + e.getMessage());
        }
    }

    /** The rows a table shows. */
    static <T> List<T> shown(List<T> rows) {
        return rows.subList(0, Math.min(TABLE_ROWS, rows.size()));
    }

    /** Ends a table that left rows out with a line saying how many and where they all are. */
    static void noteHidden(StringBuilder table, int rows, String what, String flag) {
        if (rows > TABLE_ROWS) {
            table.append("  (").append(rows - TABLE_ROWS).append(" more ").append(what).append("; ").append(flag)
                    .append("=FILE writes them all)").append(System.lineSeparator());
        }
    }
}
