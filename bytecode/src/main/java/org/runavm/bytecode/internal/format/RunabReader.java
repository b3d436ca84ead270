package org.runavm.bytecode.internal.format;

import static org.runavm.bytecode.internal.format.RunabLayout.CODE;
import static org.runavm.bytecode.internal.format.RunabLayout.CONSTANTS;
import static org.runavm.bytecode.internal.format.RunabLayout.DEBUG;
import static org.runavm.bytecode.internal.format.RunabLayout.FILE;
import static org.runavm.bytecode.internal.format.RunabLayout.FUNCTIONS;
import static org.runavm.bytecode.internal.format.RunabLayout.HEADER;
import static org.runavm.bytecode.internal.format.RunabLayout.METADATA;
import static org.runavm.bytecode.internal.format.RunabLayout.TYPES;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.runavm.kernel.bytecode.Constant;
import org.runavm.kernel.bytecode.DebugInfo;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.bytecode.Header;
import org.runavm.kernel.bytecode.MetadataEntry;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.bytecode.TypeInfo;

/**
 * Reads the {@code .runab} 1.2 layout into a {@link ProgramImage}, checking the framing: magic,
 * section lengths, truncation, well-formed strings and kinds, no trailing bytes.
 *
 * <p>Sections are length-prefixed, so a malformed section is reported and the reader goes on with
 * the next one: one pass finds the problems of every section. Reference checks (is that index in
 * range?) belong to the {@code Verifier}, which runs on the image when reading succeeded. Whatever
 * the bytes, the only outcome besides an image is a list of {@link FormatException}s.
 */
public final class RunabReader {

    /** What reading produced: an image, or the problems (and then no image). */
    public record Result(ProgramImage image, List<FormatException> problems) {
        public boolean ok() {
            return image != null;
        }
    }

    /** One instance for every null constant, so a file of them costs no more memory than its size. */
    private static final Constant.Null NULL = new Constant.Null();

    private final List<FormatException> problems = new ArrayList<>();
    private byte[] bytes;
    private int position;

    /** Reads a whole file. */
    public Result read(byte[] file) {
        problems.clear();
        bytes = file;
        position = 0;
        if (file.length < RunabLayout.MAGIC.length
                || !Arrays.equals(file, 0, RunabLayout.MAGIC.length, RunabLayout.MAGIC, 0, RunabLayout.MAGIC.length)) {
            problems.add(new FormatException(FILE, 0, "not a .runab file: the magic RUNABYTC is missing"));
            return new Result(null, List.copyOf(problems));
        }
        position = RunabLayout.MAGIC.length;
        Header header = section(HEADER, RunabReader::header);
        List<Constant> constants = section(CONSTANTS, RunabReader::constants);
        List<TypeInfo> types = section(TYPES, RunabReader::types);
        List<FunctionInfo> functions = section(FUNCTIONS, RunabReader::functions);
        byte[] code = section(CODE, in -> in.bytes(in.remaining(), "code"));
        List<MetadataEntry> metadata = section(METADATA, RunabReader::metadata);
        DebugInfo debug = DebugInfo.EMPTY;
        boolean wantDebug = header != null ? header.has(Header.HAS_DEBUG_INFO) : position < bytes.length;
        if (wantDebug) {
            debug = section(DEBUG, RunabReader::debug);
        }
        if (problems.isEmpty() && position < bytes.length) {
            problems.add(new FormatException(FILE, position, (bytes.length - position)
                    + " bytes after the last section"));
        }
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        return new Result(new ProgramImage(header, constants, types, functions, code, metadata, debug), List.of());
    }

    private interface SectionParser<T> {
        T parse(ByteInput in) throws FormatException;
    }

    /** Reads one section's length and parses its data; on a problem records it and returns null. */
    private <T> T section(String name, SectionParser<T> parser) {
        if (position < 0) {
            return null;
        }
        if (bytes.length - position < 4) {
            problems.add(new FormatException(name, position, "truncated: the " + name + " section is missing"));
            position = -1;
            return null;
        }
        int at = position;
        int length = ((bytes[at] & 0xFF) << 24) | ((bytes[at + 1] & 0xFF) << 16)
                | ((bytes[at + 2] & 0xFF) << 8) | (bytes[at + 3] & 0xFF);
        int left = bytes.length - at - 4;
        if (length < 0 || length > left) {
            problems.add(new FormatException(name, at, "truncated: the " + name + " section declares "
                    + Integer.toUnsignedString(length) + " bytes but only " + left + " remain"));
            position = -1;
            return null;
        }
        position = at + 4 + length;
        ByteInput in = new ByteInput(bytes, at + 4, position, name);
        try {
            T value = parser.parse(in);
            in.expectEnd();
            return value;
        } catch (FormatException e) {
            problems.add(e);
            return null;
        }
    }

    private static Header header(ByteInput in) throws FormatException {
        int major = in.u16("format major version");
        int minor = in.u16("format minor version");
        int vmMajor = in.u16("minimum VM major version");
        int vmMinor = in.u16("minimum VM minor version");
        long timestamp = in.s64("timestamp");
        int flags = in.s32("flags");
        byte[] hash = in.bytes(Header.SOURCE_HASH_LENGTH, "source hash");
        int n = in.count("native library count", 4);
        List<String> libraries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            libraries.add(in.string("native library name"));
        }
        return new Header(major, minor, vmMajor, vmMinor, timestamp, flags, hash, libraries);
    }

    private static List<Constant> constants(ByteInput in) throws FormatException {
        int n = in.count("constant count", 1);
        List<Constant> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int at = in.position();
            int kind = in.u8("constant kind");
            out.add(switch (kind) {
                case Constant.Int.KIND -> new Constant.Int(in.s64("Integer constant"));
                case Constant.Decimal.KIND -> new Constant.Decimal(Double.longBitsToDouble(in.s64("Decimal constant")));
                case Constant.Bool.KIND -> new Constant.Bool(bool(in, "Boolean constant"));
                case Constant.Text.KIND -> new Constant.Text(in.string("Text constant"));
                case Constant.Null.KIND -> NULL;
                case Constant.ListOf.KIND -> new Constant.ListOf(ids(in, "List constant"));
                case Constant.MapOf.KIND -> map(in);
                case Constant.FunctionRef.KIND -> new Constant.FunctionRef(in.s32("function id"));
                case Constant.TypeRef.KIND -> new Constant.TypeRef(in.s32("type id"));
                case Constant.ExternalRef.KIND -> new Constant.ExternalRef(in.string("external name"),
                        in.s32("library index"));
                default -> throw new FormatException(CONSTANTS, at,
                        String.format("constant #%d has unknown kind 0x%02X", i, kind));
            });
        }
        return out;
    }

    private static Constant map(ByteInput in) throws FormatException {
        int n = in.count("Map constant size", 8);
        List<Integer> keys = new ArrayList<>(n);
        List<Integer> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            keys.add(in.s32("Map constant key"));
            values.add(in.s32("Map constant value"));
        }
        return new Constant.MapOf(keys, values);
    }

    private static boolean bool(ByteInput in, String what) throws FormatException {
        int at = in.position();
        int b = in.u8(what);
        if (b > 1) {
            throw new FormatException(in.section(), at, what + " must be 0 or 1, not " + b);
        }
        return b == 1;
    }

    private static List<TypeInfo> types(ByteInput in) throws FormatException {
        int n = in.count("type count", 9);
        List<TypeInfo> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int id = in.s32("type id");
            int at = in.position();
            int kind = in.u8("type kind");
            String name = in.string("type name");
            TypeInfo.Shape shape = switch (kind) {
                case TypeInfo.Primitive.KIND -> new TypeInfo.Primitive();
                case TypeInfo.Struct.KIND -> struct(in);
                case TypeInfo.ListOf.KIND -> new TypeInfo.ListOf(in.s32("element type id"));
                case TypeInfo.MapOf.KIND -> new TypeInfo.MapOf(in.s32("key type id"), in.s32("value type id"));
                case TypeInfo.FunctionSig.KIND -> new TypeInfo.FunctionSig(ids(in, "parameter types"), in.s32("return type id"));
                case TypeInfo.Optional.KIND -> new TypeInfo.Optional(in.s32("inner type id"));
                case TypeInfo.Union.KIND -> new TypeInfo.Union(ids(in, "union members"));
                case TypeInfo.External.KIND -> new TypeInfo.External();
                default -> throw new FormatException(TYPES, at, String.format("type %s has unknown kind 0x%02X", name, kind));
            };
            out.add(new TypeInfo(id, name, shape));
        }
        return out;
    }

    private static TypeInfo.Struct struct(ByteInput in) throws FormatException {
        int n = in.count("field count", 11);
        List<TypeInfo.Field> fields = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            fields.add(new TypeInfo.Field(in.string("field name"), in.s32("field type id"), in.u16("field slot"),
                    in.u8("field flags")));
        }
        List<Integer> methods = ids(in, "methods");
        return new TypeInfo.Struct(fields, methods, in.s32("parent type id"));
    }

    private static List<FunctionInfo> functions(ByteInput in) throws FormatException {
        int n = in.count("function count", 40);
        List<FunctionInfo> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int id = in.s32("function id");
            String name = in.string("function name");
            int typeId = in.s32("function type id");
            int np = in.count("parameter count", 9);
            List<FunctionInfo.Parameter> params = new ArrayList<>(np);
            for (int j = 0; j < np; j++) {
                params.add(new FunctionInfo.Parameter(in.string("parameter name"), in.s32("parameter type id"),
                        in.u8("parameter flags")));
            }
            int nl = in.count("local count", 18);
            List<FunctionInfo.Local> locals = new ArrayList<>(nl);
            for (int j = 0; j < nl; j++) {
                locals.add(new FunctionInfo.Local(in.string("local name"), in.s32("local type id"), in.u16("local slot"),
                        in.s32("scope start"), in.s32("scope end")));
            }
            int maxStack = in.u16("max stack");
            int codeOffset = in.u32("code offset");
            int codeLength = in.u32("code length");
            int ne = in.count("exception table size", 17);
            List<FunctionInfo.ExceptionEntry> table = new ArrayList<>(ne);
            for (int j = 0; j < ne; j++) {
                table.add(new FunctionInfo.ExceptionEntry(in.s32("try start"), in.s32("try end"), in.s32("handler"),
                        in.s32("catch type id"), bool(in, "finally flag")));
            }
            int flags = in.s32("function flags");
            int nu = in.u16("upvalue count");
            if ((long) nu * 7 > in.remaining()) {
                throw in.problem("upvalue count " + nu + " cannot fit in the " + in.remaining() + " bytes left");
            }
            List<FunctionInfo.Upvalue> upvalues = new ArrayList<>(nu);
            for (int j = 0; j < nu; j++) {
                int at = in.position();
                int kind = in.u8("upvalue kind");
                if (kind != RunabLayout.UPVALUE_FROM_LOCAL && kind != RunabLayout.UPVALUE_FROM_UPVALUE) {
                    throw new FormatException(FUNCTIONS, at, "function " + name + " has an upvalue of unknown kind " + kind);
                }
                upvalues.add(new FunctionInfo.Upvalue(kind == RunabLayout.UPVALUE_FROM_LOCAL, in.u16("upvalue index"),
                        in.string("upvalue name")));
            }
            out.add(new FunctionInfo(id, name, typeId, params, locals, maxStack, codeOffset, codeLength, table,
                    flags, upvalues));
        }
        return out;
    }

    private static List<MetadataEntry> metadata(ByteInput in) throws FormatException {
        int n = in.count("metadata count", 5);
        List<MetadataEntry> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int type = in.u8("metadata type");
            int length = in.u32("metadata length");
            out.add(new MetadataEntry(type, in.bytes(length, "metadata data")));
        }
        return out;
    }

    private static DebugInfo debug(ByteInput in) throws FormatException {
        int nf = in.count("source file count", 24);
        List<DebugInfo.SourceFile> files = new ArrayList<>(nf);
        for (int i = 0; i < nf; i++) {
            files.add(new DebugInfo.SourceFile(in.s32("source file id"), in.string("source path"),
                    in.bytes(Header.SOURCE_HASH_LENGTH, "source hash")));
        }
        int nl = in.count("line table size", 16);
        List<DebugInfo.LineEntry> lines = new ArrayList<>(nl);
        for (int i = 0; i < nl; i++) {
            lines.add(new DebugInfo.LineEntry(in.s32("line offset"), in.s32("line file id"), in.s32("line"),
                    in.s32("column")));
        }
        int nn = in.count("local name count", 10);
        List<DebugInfo.LocalName> names = new ArrayList<>(nn);
        for (int i = 0; i < nn; i++) {
            names.add(new DebugInfo.LocalName(in.s32("function id"), in.u16("slot"), in.string("local name")));
        }
        return new DebugInfo(files, lines, names);
    }

    private static List<Integer> ids(ByteInput in, String what) throws FormatException {
        int n = in.count(what + " count", 4);
        List<Integer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(in.s32(what));
        }
        return out;
    }
}
