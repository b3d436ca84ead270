package org.runavm.kernel.bytecode;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A whole {@code .runab} program: the seven sections of format 1.2, as records.
 *
 * <p>An image the loader returns has passed verification, so engines may trust every index in it.
 * An image built in memory (by the compiler or a test) has not: write it and load it, or run the
 * verifier, before executing it. The code array is copied in and out; engines read instructions
 * through {@link #instructions(FunctionInfo)} without copying.
 */
public record ProgramImage(Header header, List<Constant> constants, List<TypeInfo> types,
                           List<FunctionInfo> functions, byte[] code, List<MetadataEntry> metadata,
                           DebugInfo debugInfo) {

    /** The id meaning "no type / no parent / any error / no function". */
    public static final int NO_ID = -1;

    /**
     * The id of the entry function: a module's top-level code, run when the program runs or the
     * module is first imported. It takes no parameters and captures nothing.
     */
    public static final int ENTRY_FUNCTION = 0;

    public ProgramImage {
        Objects.requireNonNull(header);
        constants = List.copyOf(constants);
        types = List.copyOf(types);
        functions = List.copyOf(functions);
        code = code.clone();
        metadata = List.copyOf(metadata);
        Objects.requireNonNull(debugInfo);
    }

    /** A copy of the code section. */
    @Override
    public byte[] code() {
        return code.clone();
    }

    /** Bytes in the code section. */
    public int codeLength() {
        return code.length;
    }

    /** The code byte at an absolute offset, as 0..255. */
    public int codeByte(int offset) {
        return code[offset] & 0xFF;
    }

    /** A cursor over the instructions of one function of this image. */
    public InstructionReader instructions(FunctionInfo function) {
        return new InstructionReader(code, function.codeOffset(), function.codeOffset() + function.codeLength());
    }

    /** A copy of one function's code, as engines that keep per-function arrays want it. */
    public byte[] codeOf(FunctionInfo function) {
        return Arrays.copyOfRange(code, function.codeOffset(), function.codeOffset() + function.codeLength());
    }

    /** The entry function (see {@link #ENTRY_FUNCTION}). */
    public FunctionInfo entry() {
        return functions.get(ENTRY_FUNCTION);
    }

    /**
     * Where the instruction at a function-relative offset comes from, for stack traces and
     * debuggers: {@code null} without debug information for that function.
     */
    public SourcePosition sourcePosition(FunctionInfo function, int offset) {
        DebugInfo.LineEntry e = debugInfo.locate(function.codeOffset() + offset);
        if (e == null || e.codeOffset() < function.codeOffset()) {
            return null;
        }
        DebugInfo.SourceFile file = debugInfo.file(e.fileId());
        return new SourcePosition(file == null ? "?" : file.path(), e.line(), e.column());
    }

    /** A source file path, line and column (1-based), as in {@code PROCESS (FILE:LINE:COLUMN)}. */
    public record SourcePosition(String path, int line, int column) {
        @Override
        public String toString() {
            return path + ":" + line + ":" + column;
        }
    }

    /** The function with this name, or {@code null}; the first one when several share it. */
    public FunctionInfo function(String name) {
        for (FunctionInfo f : functions) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** The text of Text constant #index (for NAME operands), or {@code null} when it is no Text. */
    public String text(int index) {
        return index >= 0 && index < constants.size() && constants.get(index) instanceof Constant.Text t
                ? t.value() : null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProgramImage p && header.equals(p.header) && constants.equals(p.constants)
                && types.equals(p.types) && functions.equals(p.functions) && Arrays.equals(code, p.code)
                && metadata.equals(p.metadata) && debugInfo.equals(p.debugInfo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(header, constants, types, functions, metadata, debugInfo) * 31 + Arrays.hashCode(code);
    }

    @Override
    public String toString() {
        return "ProgramImage[" + constants.size() + " constants, " + types.size() + " types, "
                + functions.size() + " functions, " + code.length + " code bytes]";
    }
}
