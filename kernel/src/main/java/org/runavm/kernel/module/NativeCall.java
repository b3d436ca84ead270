package org.runavm.kernel.module;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One call of a {@link NativeFunction}: its arguments and its result, independent of how an engine
 * represents values. Implemented by engines.
 *
 * <p>Scalar accessors ({@link #integer}, {@link #text} ...) are the fast path. {@link #argument} and
 * {@link #returnValue} convert whole values between Runa and Java with this mapping (a deep copy for
 * containers):
 * <table>
 * <caption>Runa values as Java values</caption>
 * <tr><th>Runa</th><th>Java</th></tr>
 * <tr><td>Null</td><td>{@code null}</td></tr>
 * <tr><td>Integer</td><td>{@link Long}</td></tr>
 * <tr><td>Decimal</td><td>{@link Double}</td></tr>
 * <tr><td>Boolean</td><td>{@link Boolean}</td></tr>
 * <tr><td>Text</td><td>{@link String}</td></tr>
 * <tr><td>List</td><td>{@link java.util.List} (mutable {@code ArrayList})</td></tr>
 * <tr><td>Map</td><td>{@link java.util.Map} (insertion-ordered {@code LinkedHashMap})</td></tr>
 * <tr><td>Set</td><td>{@link java.util.Set} (insertion-ordered {@code LinkedHashSet})</td></tr>
 * <tr><td>Tuple</td><td>{@link RunaTuple}</td></tr>
 * <tr><td>Bytes</td><td>{@code byte[]}</td></tr>
 * <tr><td>a value of a native type</td><td>its {@link NativeObject}</td></tr>
 * <tr><td>anything else (instances, functions, tasks)</td><td>an opaque {@link ValueRef}</td></tr>
 * </table>
 * A {@link ValueRef} is valid only during the call that produced it; passing it back through
 * {@link #returnValue} or {@link #callFunction} returns the original value, identity intact.
 */
@ProviderType
public interface NativeCall {
    /** The VM this call runs in: its security policy, standard streams, arguments and environment. */
    ModuleEnvironment environment();

    int argumentCount();

    /** The Runa type name of argument {@code index} ({@code "Integer"}, {@code "Text"}, ...). */
    String typeName(int index);

    boolean isNull(int index);

    /** An Integer argument; raises {@code TypeError} naming the parameter for any other type. */
    long integer(int index);

    /** An Integer or Decimal argument as a double. */
    double decimal(int index);

    boolean bool(int index);

    String text(int index);

    /** Argument {@code index} converted to Java as the table above says. */
    Object argument(int index);

    /** For a method of a native type: the receiver's Java state; otherwise {@code null}. */
    NativeObject receiver();

    /**
     * Calls the Runa function passed as argument {@code index} (a process or lambda) with
     * {@code arguments} (converted from Java like {@link #returnValue}) and returns its result
     * converted to Java. A Runa error inside it propagates out of the native function unchanged.
     */
    Object callFunction(int index, Object... arguments);

    void returnNull();

    void returnInteger(long value);

    void returnDecimal(double value);

    void returnBoolean(boolean value);

    void returnText(String value);

    /** Returns {@code value} converted to Runa as the table above says. */
    void returnValue(Object value);

    /**
     * Makes the call fail with a Runa error of type {@code errorType} (e.g. {@code "ValueError"}) and
     * {@code message}. Throws {@link NativeError}; code after it does not run.
     */
    default void raise(String errorType, String message) {
        throw new NativeError(errorType, message);
    }

    /**
     * Runs {@code action}, which waits (for a lock, a permit, a timer), as a blocked thread: output is
     * flushed first, and the collector and other tasks go on while it waits. {@code action} must not
     * touch Runa values nor this call. When the calling task is cancelled, its thread is interrupted:
     * an {@link InterruptedException} out of {@code action} ends the call with a {@code CancelledError}.
     * An action that completed keeps its effect and its result is returned (what it acquired stays
     * acquired); a cancellation that came meanwhile is seen at the task's next check.
     */
    default <T> T blocking(Blocking<T> action) {
        try {
            return action.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NativeError("CancelledError", "the task was cancelled while waiting");
        }
    }

    /** A wait that {@link #blocking} runs. */
    @FunctionalInterface
    interface Blocking<T> {
        T run() throws InterruptedException;
    }
}
