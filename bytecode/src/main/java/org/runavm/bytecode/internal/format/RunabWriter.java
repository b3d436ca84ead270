package org.runavm.bytecode.internal.format;

import java.util.List;

import org.runavm.kernel.bytecode.Constant;
import org.runavm.kernel.bytecode.DebugInfo;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.bytecode.Header;
import org.runavm.kernel.bytecode.MetadataEntry;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.bytecode.TypeInfo;

/**
 * Writes a {@link ProgramImage} in the {@code .runab} 1.2 layout (docs/decisions/030 fixes the
 * widths the specification leaves open). The debug section is written exactly when the header has
 * {@code HAS_DEBUG_INFO}. The output is a pure function of the image, so write-read-write is
 * byte-identical.
 */
public final class RunabWriter {

    /** The file bytes of an image; IllegalArgumentException when a value exceeds its field's width. */
    public byte[] write(ProgramImage image) {
        ByteOutput out = new ByteOutput().bytes(RunabLayout.MAGIC);
        out.section(header(image.header()));
        out.section(constants(image.constants()));
        out.section(types(image.types()));
        out.section(functions(image.functions()));
        out.section(new ByteOutput().bytes(image.code()));
        out.section(metadata(image.metadata()));
        if (image.header().has(Header.HAS_DEBUG_INFO)) {
            out.section(debug(image.debugInfo()));
        }
        return out.toByteArray();
    }

    private static ByteOutput header(Header h) {
        ByteOutput o = new ByteOutput().u16(h.formatMajor()).u16(h.formatMinor())
                .u16(h.minVmMajor()).u16(h.minVmMinor()).s64(h.timestamp()).s32(h.flags());
        byte[] hash = h.sourceHash();
        if (hash.length != Header.SOURCE_HASH_LENGTH) {
            throw new IllegalArgumentException("source hash must be 16 bytes");
        }
        o.bytes(hash).s32(h.nativeLibraries().size());
        h.nativeLibraries().forEach(o::string);
        return o;
    }

    private static ByteOutput constants(List<Constant> constants) {
        ByteOutput o = new ByteOutput().s32(constants.size());
        for (Constant c : constants) {
            o.u8(c.kind());
            switch (c) {
                case Constant.Int i -> o.s64(i.value());
                case Constant.Decimal d -> o.s64(Double.doubleToRawLongBits(d.value()));
                case Constant.Bool b -> o.u8(b.value() ? 1 : 0);
                case Constant.Text t -> o.string(t.value());
                case Constant.Null n -> { }
                case Constant.ListOf l -> ids(o, l.elements());
                case Constant.MapOf m -> {
                    o.s32(m.keys().size());
                    for (int i = 0; i < m.keys().size(); i++) {
                        o.s32(m.keys().get(i)).s32(m.values().get(i));
                    }
                }
                case Constant.FunctionRef f -> o.s32(f.functionId());
                case Constant.TypeRef t -> o.s32(t.typeId());
                case Constant.ExternalRef e -> o.string(e.name()).s32(e.libraryIndex());
            }
        }
        return o;
    }

    private static ByteOutput types(List<TypeInfo> types) {
        ByteOutput o = new ByteOutput().s32(types.size());
        for (TypeInfo t : types) {
            o.s32(t.id()).u8(t.kind()).string(t.name());
            switch (t.shape()) {
                case TypeInfo.Primitive p -> { }
                case TypeInfo.External e -> { }
                case TypeInfo.Struct s -> {
                    o.s32(s.fields().size());
                    for (TypeInfo.Field f : s.fields()) {
                        o.string(f.name()).s32(f.typeId()).u16(f.slot()).u8(f.flags());
                    }
                    ids(o, s.methodIds());
                    o.s32(s.parentId());
                }
                case TypeInfo.ListOf l -> o.s32(l.elementTypeId());
                case TypeInfo.MapOf m -> o.s32(m.keyTypeId()).s32(m.valueTypeId());
                case TypeInfo.FunctionSig f -> {
                    ids(o, f.parameterTypeIds());
                    o.s32(f.returnTypeId());
                }
                case TypeInfo.Optional op -> o.s32(op.innerTypeId());
                case TypeInfo.Union u -> ids(o, u.memberTypeIds());
            }
        }
        return o;
    }

    private static ByteOutput functions(List<FunctionInfo> functions) {
        ByteOutput o = new ByteOutput().s32(functions.size());
        for (FunctionInfo f : functions) {
            o.s32(f.id()).string(f.name()).s32(f.typeId());
            o.s32(f.parameters().size());
            for (FunctionInfo.Parameter p : f.parameters()) {
                o.string(p.name()).s32(p.typeId()).u8(p.flags());
            }
            o.s32(f.locals().size());
            for (FunctionInfo.Local l : f.locals()) {
                o.string(l.name()).s32(l.typeId()).u16(l.slot()).s32(l.scopeStart()).s32(l.scopeEnd());
            }
            o.u16(f.maxStack()).s32(f.codeOffset()).s32(f.codeLength());
            o.s32(f.exceptionTable().size());
            for (FunctionInfo.ExceptionEntry e : f.exceptionTable()) {
                o.s32(e.start()).s32(e.end()).s32(e.handler()).s32(e.catchTypeId()).u8(e.isFinally() ? 1 : 0);
            }
            o.s32(f.flags());
            o.u16(f.upvalues().size());
            for (FunctionInfo.Upvalue u : f.upvalues()) {
                o.u8(u.fromLocal() ? RunabLayout.UPVALUE_FROM_LOCAL : RunabLayout.UPVALUE_FROM_UPVALUE)
                        .u16(u.index()).string(u.name());
            }
        }
        return o;
    }

    private static ByteOutput metadata(List<MetadataEntry> entries) {
        ByteOutput o = new ByteOutput().s32(entries.size());
        for (MetadataEntry m : entries) {
            byte[] data = m.data();
            o.u8(m.type()).s32(data.length).bytes(data);
        }
        return o;
    }

    private static ByteOutput debug(DebugInfo d) {
        ByteOutput o = new ByteOutput().s32(d.sourceFiles().size());
        for (DebugInfo.SourceFile f : d.sourceFiles()) {
            byte[] hash = f.hash();
            if (hash.length != Header.SOURCE_HASH_LENGTH) {
                throw new IllegalArgumentException("source file hash must be 16 bytes");
            }
            o.s32(f.id()).string(f.path()).bytes(hash);
        }
        o.s32(d.lineTable().size());
        for (DebugInfo.LineEntry l : d.lineTable()) {
            o.s32(l.codeOffset()).s32(l.fileId()).s32(l.line()).s32(l.column());
        }
        o.s32(d.localNames().size());
        for (DebugInfo.LocalName n : d.localNames()) {
            o.s32(n.functionId()).u16(n.slot()).string(n.name());
        }
        return o;
    }

    private static void ids(ByteOutput o, List<Integer> ids) {
        o.s32(ids.size());
        ids.forEach(o::s32);
    }
}
