package org.runavm.bytecode.internal.disasm;

import java.util.ArrayList;
import java.util.List;

import org.runavm.kernel.bytecode.Constant;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.bytecode.OperandKind;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.bytecode.TypeInfo;

/**
 * Renders one operand for a reader: constants with their value, locals and upvalues with their
 * names, types and functions with their names, jumps as absolute targets. Tolerates out-of-range
 * operands (prints {@code ?}), so it can show unverified images too.
 */
final class OperandFormatter {

    private static final int MAX_TEXT = 40;
    private static final int MAX_SCOPES_SEARCHED = 64;
    private static final int MAX_DEPTH = 1;
    private static final int MAX_ELEMENTS = 8;

    private final ProgramImage image;
    private final FunctionInfo function;
    private final java.util.Map<Integer, List<FunctionInfo.Local>> localsBySlot = new java.util.HashMap<>();

    OperandFormatter(ProgramImage image, FunctionInfo function) {
        this.image = image;
        this.function = function;
        for (FunctionInfo.Local l : function.locals()) {
            localsBySlot.computeIfAbsent(l.slot(), k -> new ArrayList<>()).add(l);
        }
    }

    String format(OperandKind kind, int value, int instructionOffset) {
        return switch (kind) {
            case SWITCH_TABLE -> "#" + value + " " + switchTable(value, instructionOffset);
            case CONSTANT, NAME, NAMES, EXTERNAL -> "#" + value + " " + constant(value, 0);
            case TYPE -> "type " + value + " " + (value < image.types().size() ? image.types().get(value).name() : "?");
            case FUNCTION -> "fn " + value + " " + (value < image.functions().size() ? image.functions().get(value).name() : "?");
            case LOCAL -> value + " (" + localName(value, instructionOffset) + ")";
            case UPVALUE -> value + " (" + (value < function.upvalues().size() ? function.upvalues().get(value).name() : "?") + ")";
            case OFFSET -> "-> " + Disassembler.offset(instructionOffset + value);
            default -> Integer.toString(value);
        };
    }

    /** The name of a local slot in scope at an offset: a scoped local, else a parameter, else {@code ?}. */
    String localName(int slot, int at) {
        List<FunctionInfo.Local> candidates = localsBySlot.getOrDefault(slot, List.of());
        // A slot reused by many scopes is searched only so far: this is a display, not a check.
        for (int i = 0; i < Math.min(candidates.size(), MAX_SCOPES_SEARCHED); i++) {
            FunctionInfo.Local l = candidates.get(i);
            if (at >= l.scopeStart() && at < l.scopeEnd()) {
                return l.name();
            }
        }
        if (slot < function.parameters().size()) {
            return function.parameters().get(slot).name();
        }
        return candidates.isEmpty() ? "?" : candidates.getFirst().name();
    }

    /**
     * A constant's value. Nested lists and maps are shown two levels deep and eight elements wide,
     * so even a pool built to blow up (each list holding the previous one twice) prints briefly.
     */
    String constant(int index, int depth) {
        if (index < 0 || index >= image.constants().size()) {
            return "?";
        }
        Constant c = image.constants().get(index);
        if (depth > MAX_DEPTH && (c instanceof Constant.ListOf || c instanceof Constant.MapOf)) {
            return "...";
        }
        int at = depth + 1;
        return switch (c) {
            case Constant.Int i -> Long.toString(i.value());
            case Constant.Decimal d -> Double.toString(d.value());
            case Constant.Bool b -> Boolean.toString(b.value());
            case Constant.Text t -> quote(t.value());
            case Constant.Null n -> "null";
            case Constant.ListOf l -> "[" + join(l.elements(), at) + "]";
            case Constant.MapOf m -> map(m, at);
            case Constant.FunctionRef f -> "fn " + f.functionId() + " "
                    + (f.functionId() >= 0 && f.functionId() < image.functions().size()
                    ? image.functions().get(f.functionId()).name() : "?");
            case Constant.TypeRef t -> "type " + t.typeId() + " " + typeName(t.typeId());
            case Constant.ExternalRef e -> e.name() + " from " + library(e.libraryIndex());
        };
    }

    /** A switch table with each case's absolute target: {@code {1 -> 0073, "a" -> 0080}}. */
    private String switchTable(int index, int at) {
        if (index < 0 || index >= image.constants().size() || !(image.constants().get(index) instanceof Constant.MapOf m)) {
            return "?";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < m.keys().size(); i++) {
            int v = m.values().get(i);
            String target = v >= 0 && v < image.constants().size() && image.constants().get(v) instanceof Constant.Int off
                    ? Disassembler.offset((int) (at + off.value())) : "?";
            parts.add(constant(m.keys().get(i), 0) + " -> " + target);
        }
        return "{" + String.join(", ", parts) + "}";
    }

    private String map(Constant.MapOf m, int depth) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(m.keys().size(), MAX_ELEMENTS); i++) {
            parts.add(constant(m.keys().get(i), depth) + ": " + constant(m.values().get(i), depth));
        }
        if (m.keys().size() > MAX_ELEMENTS) {
            parts.add("...");
        }
        return "{" + String.join(", ", parts) + "}";
    }

    private String join(List<Integer> indices, int depth) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(indices.size(), MAX_ELEMENTS); i++) {
            parts.add(constant(indices.get(i), depth));
        }
        if (indices.size() > MAX_ELEMENTS) {
            parts.add("...");
        }
        return String.join(", ", parts);
    }

    private String typeName(int id) {
        return id >= 0 && id < image.types().size() ? image.types().get(id).name() : "?";
    }

    /** The name of a catch type. */
    String catchType(int id) {
        if (id == ProgramImage.NO_ID) {
            return "any";
        }
        return id >= 0 && id < image.types().size() && !(image.types().get(id).shape() instanceof TypeInfo.Primitive)
                ? image.types().get(id).name() : "? (" + id + ")";
    }

    private String library(int index) {
        List<String> libs = image.header().nativeLibraries();
        return index >= 0 && index < libs.size() ? quote(libs.get(index)) : "?";
    }

    static String quote(String s) {
        String shown = s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) + "..." : s;
        StringBuilder sb = new StringBuilder("\"");
        shown.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u{%X}", c));
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.append('"').toString();
    }
}
