package org.runavm.bytecode.internal.format;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import org.runavm.kernel.bytecode.Constant;
import org.runavm.kernel.bytecode.DebugInfo;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.bytecode.Header;
import org.runavm.kernel.bytecode.MetadataEntry;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.bytecode.TypeInfo;

/**
 * Random program images whose every field fits its width in the file, so that writing them is
 * defined. References are random too: the round trip must not depend on them being valid.
 */
final class ImageArbitraries {

    private ImageArbitraries() {
    }

    static Arbitrary<ProgramImage> images() {
        return Combinators.combine(headers(), lists(constants(), 12), lists(types(), 5), lists(functions(), 4),
                        Arbitraries.bytes().array(byte[].class).ofMaxSize(120), lists(metadata(), 3), debug())
                .as((h, c, t, f, code, m, d) -> new ProgramImage(h, c, withIds(t), withFunctionIds(f), code, m,
                        h.has(Header.HAS_DEBUG_INFO) ? d : DebugInfo.EMPTY));
    }

    private static List<TypeInfo> withIds(List<TypeInfo> types) {
        return java.util.stream.IntStream.range(0, types.size())
                .mapToObj(i -> new TypeInfo(i, types.get(i).name(), types.get(i).shape())).toList();
    }

    private static List<FunctionInfo> withFunctionIds(List<FunctionInfo> fs) {
        return java.util.stream.IntStream.range(0, fs.size()).mapToObj(i -> {
            FunctionInfo f = fs.get(i);
            return new FunctionInfo(i, f.name(), f.typeId(), f.parameters(), f.locals(), f.maxStack(), f.codeOffset(),
                    f.codeLength(), f.exceptionTable(), f.flags(), f.upvalues());
        }).toList();
    }

    static <T> Arbitrary<List<T>> lists(Arbitrary<T> element, int max) {
        return element.list().ofMaxSize(max);
    }

    static Arbitrary<String> text() {
        // Surrogates are excluded: a lone one has no UTF-8 form, and the compiler never produces one.
        return Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withCharRange('\uE000', '\uFFFD').ofMaxLength(12);
    }

    static Arbitrary<Integer> id() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-1, 20), Arbitraries.integers());
    }

    private static Arbitrary<Integer> u16() {
        return Arbitraries.integers().between(0, 0xFFFF);
    }

    private static Arbitrary<Integer> u8() {
        return Arbitraries.integers().between(0, 0xFF);
    }

    private static Arbitrary<Header> headers() {
        return Combinators.combine(u16(), u16(), u16(), u16(), Arbitraries.longs(), Arbitraries.integers(),
                        Arbitraries.bytes().array(byte[].class).ofSize(16), lists(text(), 3))
                .as(Header::new);
    }

    private static Arbitrary<Constant> constants() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(Constant.Int::new),
                Arbitraries.doubles().map(Constant.Decimal::new),
                Arbitraries.of(true, false).map(Constant.Bool::new),
                text().map(Constant.Text::new),
                Arbitraries.just(new Constant.Null()),
                lists(id(), 4).map(Constant.ListOf::new),
                lists(id(), 3).map(keys -> new Constant.MapOf(keys, keys.stream().map(k -> k + 1).toList())),
                id().map(Constant.FunctionRef::new),
                id().map(Constant.TypeRef::new),
                Combinators.combine(text(), id()).as(Constant.ExternalRef::new));
    }

    private static Arbitrary<TypeInfo> types() {
        Arbitrary<TypeInfo.Field> field = Combinators.combine(text(), id(), u16(), u8()).as(TypeInfo.Field::new);
        Arbitrary<TypeInfo.Shape> shape = Arbitraries.oneOf(
                Arbitraries.just(new TypeInfo.Primitive()),
                Arbitraries.just(new TypeInfo.External()),
                Combinators.combine(lists(field, 3), lists(id(), 3), id()).as(TypeInfo.Struct::new),
                id().map(TypeInfo.ListOf::new),
                Combinators.combine(id(), id()).as(TypeInfo.MapOf::new),
                Combinators.combine(lists(id(), 3), id()).as(TypeInfo.FunctionSig::new),
                id().map(TypeInfo.Optional::new),
                lists(id(), 3).map(TypeInfo.Union::new));
        return Combinators.combine(text(), shape).as((name, s) -> new TypeInfo(0, name, s));
    }

    private static Arbitrary<FunctionInfo> functions() {
        Arbitrary<FunctionInfo.Parameter> param = Combinators.combine(text(), id(), u8()).as(FunctionInfo.Parameter::new);
        Arbitrary<FunctionInfo.Local> local = Combinators.combine(text(), id(), u16(), id(), id())
                .as(FunctionInfo.Local::new);
        Arbitrary<FunctionInfo.ExceptionEntry> entry = Combinators.combine(id(), id(), id(), id(),
                Arbitraries.of(true, false)).as(FunctionInfo.ExceptionEntry::new);
        Arbitrary<FunctionInfo.Upvalue> upvalue = Combinators.combine(Arbitraries.of(true, false), u16(), text())
                .as(FunctionInfo.Upvalue::new);
        Arbitrary<Integer> nonNegative = Arbitraries.integers().greaterOrEqual(0);
        return Combinators.combine(text(), id(), lists(param, 3), lists(local, 3), u16(), nonNegative, nonNegative,
                        lists(entry, 2))
                .flatAs((name, type, ps, ls, max, off, len, table) -> Combinators.combine(Arbitraries.integers(),
                                lists(upvalue, 2))
                        .as((flags, ups) -> new FunctionInfo(0, name, type, ps, ls, max, off, len, table, flags, ups)));
    }

    private static Arbitrary<MetadataEntry> metadata() {
        return Combinators.combine(u8(), Arbitraries.bytes().array(byte[].class).ofMaxSize(8)).as(MetadataEntry::new);
    }

    private static Arbitrary<DebugInfo> debug() {
        Arbitrary<DebugInfo.SourceFile> file = Combinators.combine(id(), text(),
                Arbitraries.bytes().array(byte[].class).ofSize(16)).as(DebugInfo.SourceFile::new);
        Arbitrary<DebugInfo.LineEntry> line = Combinators.combine(id(), id(), id(), id()).as(DebugInfo.LineEntry::new);
        Arbitrary<DebugInfo.LocalName> name = Combinators.combine(id(), u16(), text()).as(DebugInfo.LocalName::new);
        return Combinators.combine(lists(file, 2), lists(line, 4), lists(name, 2)).as(DebugInfo::new);
    }
}
