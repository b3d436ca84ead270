package org.runavm.kernel.module;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One call of a {@link NativeFunction}: its arguments and its result, independent of how an engine
 * represents values. Accessors that expect a type raise a Runa {@code TypeError} naming the parameter
 * when the argument has another type.
 */
@ProviderType
public interface NativeCall {
    int argumentCount();

    /** The Runa type name of argument {@code index} ({@code "Integer"}, {@code "Text"}, ...). */
    String typeName(int index);

    boolean isNull(int index);

    long integer(int index);

    /** An Integer or Decimal argument as a double. */
    double decimal(int index);

    boolean bool(int index);

    String text(int index);

    void returnNull();

    void returnInteger(long value);

    void returnDecimal(double value);

    void returnBoolean(boolean value);

    void returnText(String value);

    /**
     * Makes the call fail with a Runa error of type {@code errorType} (e.g. {@code "ValueError"}) and
     * {@code message}; the function returns normally after calling this and its result is ignored.
     */
    void raise(String errorType, String message);
}
