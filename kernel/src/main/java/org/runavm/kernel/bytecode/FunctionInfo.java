package org.runavm.kernel.bytecode;

import java.util.List;
import java.util.Objects;

/**
 * An entry of the function section.
 *
 * <p>The frame of a call has {@link #frameSize()} slots: the parameters in slots {@code 0..n-1}
 * (a method's receiver {@code Self} is parameter 0), then every other local. Locals captured by a
 * closure live in cells ({@link Opcode#MAKE_CELL}); the closure's {@link Upvalue} descriptors say
 * which slot or upvalue of the enclosing function each capture comes from.
 *
 * @param id             the function id (its position in the image)
 * @param name           the process name ({@code <main>} for a module's top level, which is
 *                       function {@link ProgramImage#ENTRY_FUNCTION})
 * @param typeId         its Function signature type, or {@link ProgramImage#NO_ID}
 * @param parameters     declared parameters, in order
 * @param locals         declared locals with their scope, parameters included
 * @param maxStack       the most operand stack values the code ever holds
 * @param codeOffset     where the code starts in the code section
 * @param codeLength     bytes of code (zero only for EXTERNAL or NATIVE functions)
 * @param exceptionTable handlers, innermost first
 * @param flags          {@link #EXTERNAL} ... {@link #VARARGS}
 * @param upvalues       what a closure of this function captures
 */
public record FunctionInfo(int id, String name, int typeId, List<Parameter> parameters, List<Local> locals,
                           int maxStack, int codeOffset, int codeLength, List<ExceptionEntry> exceptionTable,
                           int flags, List<Upvalue> upvalues) {

    public static final int EXTERNAL = 0x01;
    public static final int NATIVE = 0x02;
    public static final int CONSTRUCTOR = 0x04;
    public static final int METHOD = 0x08;
    public static final int ANONYMOUS = 0x10;
    public static final int GENERATOR = 0x20;
    public static final int ASYNC = 0x40;
    public static final int VARARGS = 0x80;

    public FunctionInfo {
        Objects.requireNonNull(name);
        parameters = List.copyOf(parameters);
        locals = List.copyOf(locals);
        exceptionTable = List.copyOf(exceptionTable);
        upvalues = List.copyOf(upvalues);
    }

    /** Whether the flag bit is set. */
    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** Slots of a frame: at least the parameters, and every declared local's slot. */
    public int frameSize() {
        int size = parameters.size();
        for (Local local : locals) {
            size = Math.max(size, local.slot() + 1);
        }
        return size;
    }

    /** The parameters a caller must pass (those before the first one with a default). */
    public int requiredParameters() {
        int n = 0;
        for (Parameter p : parameters) {
            if (p.has(Parameter.HAS_DEFAULT) || p.has(Parameter.REST)) {
                break;
            }
            n++;
        }
        return n;
    }

    /** A declared parameter. {@code flags}: {@link #HAS_DEFAULT}, {@link #REST}. */
    public record Parameter(String name, int typeId, int flags) {
        public static final int HAS_DEFAULT = 0x01;
        /** Collects the remaining positional arguments into a List (VARARGS functions). */
        public static final int REST = 0x02;

        public Parameter {
            Objects.requireNonNull(name);
        }

        public boolean has(int flag) {
            return (flags & flag) != 0;
        }
    }

    /** A local variable and the code range (function-relative, end exclusive) where it is in scope. */
    public record Local(String name, int typeId, int slot, int scopeStart, int scopeEnd) {
        public Local {
            Objects.requireNonNull(name);
        }
    }

    /**
     * A handler for errors raised by instructions in {@code [start, end)}: control goes to
     * {@code handler} with the operand stack holding only the error. A catch entry matches when the
     * error is a {@code catchTypeId} (NO_ID: any error); a finally entry matches every error and its
     * handler ends with {@link Opcode#UNWIND}. Entries are searched in order, so inner ones come first.
     */
    public record ExceptionEntry(int start, int end, int handler, int catchTypeId, boolean isFinally) {
    }

    /**
     * A captured variable: {@code fromLocal} means the enclosing function's local slot {@code index}
     * (which holds a cell), otherwise the enclosing function's own upvalue {@code index}.
     */
    public record Upvalue(boolean fromLocal, int index, String name) {
        public Upvalue {
            Objects.requireNonNull(name);
        }
    }
}
