package org.runavm.kernel.ffi;

import java.util.List;

/**
 * The C signature of a foreign function.
 *
 * @param parameters the fixed parameters
 * @param result the return type ({@link ForeignType#VOID} for none)
 * @param variadic whether arguments beyond the fixed ones are accepted (a parameter declared
 *     {@code as Any}); each variadic argument's native type follows its value
 * @param parameterNames the fixed parameters' names as declared, used in error messages; empty when
 *     unknown (messages then number the parameters from 1)
 */
public record ForeignSignature(
        List<ForeignType> parameters, ForeignType result, boolean variadic, List<String> parameterNames) {
    public ForeignSignature {
        parameters = List.copyOf(parameters);
        parameterNames = List.copyOf(parameterNames);
        if (parameters.contains(ForeignType.VOID)) {
            throw new IllegalArgumentException("VOID is only a return type");
        }
        if (!parameterNames.isEmpty() && parameterNames.size() != parameters.size()) {
            throw new IllegalArgumentException(
                    parameterNames.size() + " parameter names for " + parameters.size() + " parameters");
        }
    }

    /** A signature whose parameters have no names. */
    public ForeignSignature(List<ForeignType> parameters, ForeignType result, boolean variadic) {
        this(parameters, result, variadic, List.of());
    }

    /** A fixed (non-variadic) signature: {@code of(INT32, INT32)} is {@code int f(int)}. */
    public static ForeignSignature of(ForeignType result, ForeignType... parameters) {
        return new ForeignSignature(List.of(parameters), result, false);
    }

    /** How messages name parameter {@code index} (from 0): its declared name, else its position. */
    public String parameterName(int index) {
        return parameterNames.isEmpty() ? "#" + (index + 1) : parameterNames.get(index);
    }
}
