package org.runavm.kernel.bytecode;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The debug section: source files, a line table and local variable names.
 *
 * <p>Source file ids equal their positions. The line table is sorted by code offset (absolute, in
 * the code section); an entry covers the code from its offset up to the next entry's.
 * {@link #locate(int)} finds the entry for an offset.
 */
public record DebugInfo(List<SourceFile> sourceFiles, List<LineEntry> lineTable, List<LocalName> localNames) {

    public static final DebugInfo EMPTY = new DebugInfo(List.of(), List.of(), List.of());

    public DebugInfo {
        sourceFiles = List.copyOf(sourceFiles);
        lineTable = List.copyOf(lineTable);
        localNames = List.copyOf(localNames);
    }

    /** The line entry covering this absolute code offset, or {@code null}. */
    public LineEntry locate(int codeOffset) {
        int lo = 0;
        int hi = lineTable.size() - 1;
        LineEntry found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            LineEntry e = lineTable.get(mid);
            if (e.codeOffset() <= codeOffset) {
                found = e;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The source file with this id (ids equal positions in a verified image), or {@code null}. */
    public SourceFile file(int id) {
        return id >= 0 && id < sourceFiles.size() && sourceFiles.get(id).id() == id ? sourceFiles.get(id) : null;
    }

    /** A source file: its id, path and a 16-byte hash (zero when absent). */
    public record SourceFile(int id, String path, byte[] hash) {
        public SourceFile {
            Objects.requireNonNull(path);
            hash = hash.clone();
        }

        @Override
        public byte[] hash() {
            return hash.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SourceFile s && id == s.id && path.equals(s.path) && Arrays.equals(hash, s.hash);
        }

        @Override
        public int hashCode() {
            return id * 31 + path.hashCode();
        }

        @Override
        public String toString() {
            return "SourceFile[" + id + ", " + path + "]";
        }
    }

    /** Code from {@code codeOffset} on comes from this file, line and column (1-based). */
    public record LineEntry(int codeOffset, int fileId, int line, int column) {
    }

    /** The source name of a function's local slot. */
    public record LocalName(int functionId, int slot, String name) {
        public LocalName {
            Objects.requireNonNull(name);
        }
    }
}
