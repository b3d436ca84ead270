package org.runavm.ffi.internal;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.ValueLayout;
import java.util.List;
import org.runavm.kernel.ffi.ForeignType;

/**
 * The native layout of each {@link ForeignType} on this platform. {@code INTEGER} is C's {@code long},
 * whose width the platform decides (64 bits on Linux and macOS, 32 on Windows), so it comes from the
 * linker's canonical layouts rather than a fixed {@code JAVA_LONG}.
 */
final class NativeTypes {
    static final Linker LINKER = Linker.nativeLinker();
    static final ValueLayout C_LONG = (ValueLayout) LINKER.canonicalLayouts().get("long");
    static final ValueLayout C_INT = (ValueLayout) LINKER.canonicalLayouts().get("int");
    static final ValueLayout SIZE_T = (ValueLayout) LINKER.canonicalLayouts().get("size_t");

    private NativeTypes() {
    }

    /** The layout of {@code type}; {@code VOID} has none. */
    static ValueLayout layout(ForeignType type) {
        return switch (type) {
            case INTEGER -> C_LONG;
            case DECIMAL, FLOAT64 -> ValueLayout.JAVA_DOUBLE;
            case BOOLEAN -> C_INT;
            case POINTER -> ValueLayout.ADDRESS;
            case INT8, UINT8 -> ValueLayout.JAVA_BYTE;
            case INT16, UINT16 -> ValueLayout.JAVA_SHORT;
            case INT32, UINT32 -> ValueLayout.JAVA_INT;
            case INT64, UINT64 -> ValueLayout.JAVA_LONG;
            case FLOAT32 -> ValueLayout.JAVA_FLOAT;
            case VOID -> throw new IllegalArgumentException("VOID has no layout");
        };
    }

    /** The descriptor of fixed {@code parameters} followed by {@code variadic} ones, returning {@code result}. */
    static FunctionDescriptor descriptor(List<ForeignType> parameters, ForeignType result,
            List<ForeignType> variadic) {
        MemoryLayout[] layouts = new MemoryLayout[parameters.size() + variadic.size()];
        for (int i = 0; i < layouts.length; i++) {
            layouts[i] = NativeTypes.layout(i < parameters.size() ? parameters.get(i)
                    : variadic.get(i - parameters.size()));
        }
        return result == ForeignType.VOID ? FunctionDescriptor.ofVoid(layouts)
                : FunctionDescriptor.of(NativeTypes.layout(result), layouts);
    }

    /** How messages name a Java value's Runa type. */
    static String runaTypeOf(Object value) {
        return switch (value) {
            case null -> "null";
            case Long l -> "Integer";
            case Double d -> "Decimal";
            case Boolean b -> "Boolean";
            case String s -> "Text";
            case org.runavm.kernel.ffi.Pointer p -> "Pointer";
            default -> value.getClass().getSimpleName();
        };
    }
}
