package org.runavm.bytecode.internal.disasm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.runavm.kernel.bytecode.DebugInfo;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.bytecode.Header;
import org.runavm.kernel.bytecode.InstructionReader;
import org.runavm.kernel.bytecode.OperandKind;
import org.runavm.kernel.bytecode.ProgramImage;

/**
 * Prints a program the way {@code runavm --disassemble} shows it (layout in bytecode/README.md):
 * a summary line, then per function a heading, one line per instruction with its offset, source
 * line:column where it changes, mnemonic, annotated operands and a description, and the exception
 * table and upvalues.
 */
public final class Disassembler {

    private static final String[] HEADER_FLAGS = {"HAS_DEBUG_INFO", "OPTIMIZED", "STRICT_TYPES", "SANDBOXED",
        "JIT_ALLOWED", "NATIVE_AOT", "REQUIRES_FFI", "SECURE_MEMORY"};
    private static final String[] FUNCTION_FLAGS = {"EXTERNAL", "NATIVE", "CONSTRUCTOR", "METHOD", "ANONYMOUS",
        "GENERATOR", "ASYNC", "VARARGS"};

    /** Prints the whole image. */
    public void disassemble(ProgramImage image, Appendable out) throws IOException {
        Header h = image.header();
        out.append("; format ").append(h.formatMajor() + "." + h.formatMinor())
                .append(", needs VM ").append(h.minVmMajor() + "." + h.minVmMinor())
                .append(", flags ").append(flags(h.flags(), HEADER_FLAGS)).append('\n');
        out.append("; ").append(Integer.toString(image.constants().size())).append(" constants, ")
                .append(Integer.toString(image.types().size())).append(" types, ")
                .append(Integer.toString(image.functions().size())).append(" functions, ")
                .append(Integer.toString(image.codeLength())).append(" code bytes");
        if (!h.nativeLibraries().isEmpty()) {
            out.append(", native libraries ").append(String.join(", ", h.nativeLibraries()));
        }
        out.append('\n');
        java.util.Map<Integer, String> files = new java.util.HashMap<>();
        for (DebugInfo.SourceFile f : image.debugInfo().sourceFiles()) {
            files.putIfAbsent(f.id(), f.path());
        }
        for (FunctionInfo f : image.functions()) {
            out.append('\n');
            function(image, files, f, out);
        }
    }

    private void function(ProgramImage image, java.util.Map<Integer, String> files, FunctionInfo f, Appendable out)
            throws IOException {
        List<String> params = new ArrayList<>();
        for (FunctionInfo.Parameter p : f.parameters()) {
            params.add(p.name() + (p.has(FunctionInfo.Parameter.HAS_DEFAULT) ? " = default" : "")
                    + (p.has(FunctionInfo.Parameter.REST) ? "..." : ""));
        }
        out.append("function #").append(Integer.toString(f.id())).append(' ').append(f.name())
                .append('(').append(String.join(", ", params)).append(')');
        if (f.flags() != 0) {
            out.append(' ').append(flags(f.flags(), FUNCTION_FLAGS));
        }
        out.append('\n');
        out.append("  ; ").append(Integer.toString(f.frameSize())).append(f.frameSize() == 1 ? " slot" : " slots")
                .append(", max stack ")
                .append(Integer.toString(f.maxStack())).append(", ").append(Integer.toString(f.codeLength()))
                .append(" bytes at ").append(Integer.toString(f.codeOffset()))
                .append(sourceFile(image.debugInfo(), files, f)).append('\n');
        if (f.codeLength() == 0 || (long) f.codeOffset() + f.codeLength() > image.codeLength()) {
            return;
        }
        out.append(String.format("  %-6s  %-9s %-18s %-30s ; %s%n", "offset", "line:col", "instruction",
                "operands", "description"));
        OperandFormatter formatter = new OperandFormatter(image, f);
        InstructionReader in = image.instructions(f);
        String lastLine = "";
        try {
            while (in.next()) {
                String line = line(image.debugInfo(), f.codeOffset(), in.offset());
                String shown = line.equals(lastLine) ? "" : line;
                lastLine = line;
                List<String> ops = new ArrayList<>();
                List<OperandKind> kinds = in.opcode().operands();
                for (int i = 0; i < kinds.size(); i++) {
                    ops.add(formatter.format(kinds.get(i), in.operand(i), in.offset()));
                }
                out.append(String.format("  %-6s  %-9s %-18s %-30s ; %s", offset(in.offset()), shown,
                        in.opcode().mnemonic(), String.join(", ", ops), in.opcode().meaning()).stripTrailing())
                        .append('\n');
            }
        } catch (InstructionReader.MalformedCodeException e) {
            out.append("  ").append(offset(e.offset())).append("  <").append(e.getMessage()).append(">\n");
        }
        for (FunctionInfo.ExceptionEntry e : f.exceptionTable()) {
            out.append("  try [").append(offset(e.start())).append(", ").append(offset(e.end())).append(") -> ")
                    .append(offset(e.handler())).append(' ')
                    .append(e.isFinally() ? "finally" : "catch " + formatter.catchType(e.catchTypeId())).append('\n');
        }
        for (int i = 0; i < f.upvalues().size(); i++) {
            FunctionInfo.Upvalue u = f.upvalues().get(i);
            out.append("  upvalue ").append(Integer.toString(i)).append(' ').append(u.name()).append(" <- ")
                    .append(u.fromLocal() ? "local " : "upvalue ").append(Integer.toString(u.index())).append('\n');
        }
    }

    /** The line:column of an instruction, from line entries of this function only. */
    private static String line(DebugInfo debug, int functionStart, int offset) {
        DebugInfo.LineEntry e = debug.locate(functionStart + offset);
        return e == null || e.codeOffset() < functionStart ? "" : e.line() + ":" + e.column();
    }

    /** The file of the function's first line entry (found by binary search: the table is sorted). */
    private static String sourceFile(DebugInfo debug, java.util.Map<Integer, String> files, FunctionInfo f) {
        java.util.List<DebugInfo.LineEntry> lines = debug.lineTable();
        int lo = 0;
        int hi = lines.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lines.get(mid).codeOffset() < f.codeOffset()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo < lines.size() && lines.get(lo).codeOffset() < (long) f.codeOffset() + f.codeLength()) {
            String path = files.get(lines.get(lo).fileId());
            return path == null ? "" : ", " + path;
        }
        return "";
    }

    static String offset(int offset) {
        return String.format("%04d", offset);
    }

    private static String flags(int bits, String[] names) {
        List<String> set = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if ((bits & (1 << i)) != 0) {
                set.add(names[i]);
            }
        }
        if ((bits & ~0xFF) != 0) {
            set.add(String.format("0x%X", bits & ~0xFF));
        }
        return set.isEmpty() ? "none" : String.join("|", set);
    }
}
