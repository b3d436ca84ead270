package org.runavm.engine.interpreter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.runavm.ffi.internal.ForeignLinkerComponent;
import org.runavm.kernel.bytecode.CodeAssembler;
import org.runavm.kernel.bytecode.Constant;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.bytecode.Header;
import org.runavm.kernel.bytecode.Opcode;
import org.runavm.kernel.bytecode.ProgramBuilder;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.bytecode.TypeInfo;
import org.runavm.kernel.ffi.ForeignSession;
import org.runavm.kernel.heap.HeapConfig;
import org.runavm.kernel.security.Permission;

/**
 * INVOKE_FFI against the real linker (the {@code ffi} bundle over the C library): declared types,
 * variadic arguments, C strings, native memory, callbacks, and every error a program can meet. Each
 * program runs twice, in a 64 MB heap and with a collection at every allocation, so a Pointer or a
 * callback's arguments that were not rooted would show.
 */
class ForeignCallsTest {
    private static final int ANY = ProgramImage.NO_ID;

    @Test
    void callsCFunctionsWithTheirDeclaredTypes() {
        Ffi p = new Ffi();
        p.external("abs", "abs", "libc", "Int32", "n as Int32");
        p.external("labs", "labs", "libc", "Integer", "n as Integer");
        p.external("strlen", "strlen", "libc", "UInt64", "s as Pointer");
        p.external("root", "sqrt", "libm", "Decimal", "x as Decimal");
        p.external("to_upper", "toupper", "libc", "Int32", "c as Int32");
        p.display(m -> m.emit(Opcode.LOAD_GLOBAL, p.b.text("abs")).emit(Opcode.LOAD_INT, -42).emit(Opcode.CALL, 1));
        p.display(m -> m.emit(Opcode.LOAD_GLOBAL, p.b.text("labs")).emit(Opcode.LOAD_CONST, p.b.integer(-9_000_000_000L))
                .emit(Opcode.CALL, 1));
        p.display(m -> m.emit(Opcode.LOAD_GLOBAL, p.b.text("strlen")).emit(Opcode.LOAD_CONST, p.b.text("héllo"))
                .emit(Opcode.CALL_METHOD, p.b.text("to_c_string"), 0).emit(Opcode.CALL, 1));
        p.display(m -> m.emit(Opcode.LOAD_GLOBAL, p.b.text("root")).emit(Opcode.LOAD_INT, 2).emit(Opcode.CALL, 1));
        p.display(m -> m.emit(Opcode.LOAD_GLOBAL, p.b.text("to_upper")).emit(Opcode.LOAD_INT, 'a').emit(Opcode.CALL, 1));
        Outcome o = p.run();
        assertNull(o.errorType(), o.errorMessage());
        assertEquals("42\n9000000000\n6\n1.4142135623730951\n65\n", o.out());
    }

    /** snprintf(buf, 64, "%s=%ld %.2f|%d", name, 42, 3.14159, true): each variadic value takes its own C type. */
    @Test
    void variadicArgumentsFollowTheirValues() {
        Ffi p = new Ffi();
        p.external("snprintf", "snprintf", "libc", "Int32", "buf as Pointer", "size as UInt64", "format as Pointer",
                "args as Any");
        CodeAssembler m = p.m();
        m.emit(Opcode.LOAD_GLOBAL, p.b.text("Memory")).emit(Opcode.LOAD_INT, 64)
                .emit(Opcode.CALL_METHOD, p.b.text("allocate"), 1).emit(Opcode.STORE_LOCAL, 0);
        p.display(c -> c.emit(Opcode.LOAD_GLOBAL, p.b.text("snprintf")).emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 64)
                .emit(Opcode.LOAD_CONST, p.b.text("%s=%ld %.2f|%d")).emit(Opcode.CALL_METHOD, p.b.text("to_c_string"), 0)
                .emit(Opcode.LOAD_CONST, p.b.text("x")).emit(Opcode.CALL_METHOD, p.b.text("to_c_string"), 0)
                .emit(Opcode.LOAD_INT, 42).emit(Opcode.LOAD_CONST, p.b.decimal(3.14159)).emit(Opcode.LOAD_TRUE)
                .emit(Opcode.CALL, 7));
        p.display(c -> c.emit(Opcode.LOAD_GLOBAL, p.b.text("Text")).emit(Opcode.LOAD_LOCAL, 0)
                .emit(Opcode.CALL_METHOD, p.b.text("from_c_string"), 1));
        Outcome o = p.run();
        assertNull(o.errorType(), o.errorMessage());
        assertEquals("11\nx=42 3.14|1\n", o.out());
    }

    /** qsort(base, 3, 4, compare) with a Runa comparator reading the two Int32s it is given. */
    @Test
    void runaProcessIsACallback() {
        Ffi p = new Ffi();
        p.external("qsort", "qsort", "libc", null, "base as Pointer", "count as UInt64", "size as UInt64",
                "compare as Pointer");
        p.process("compare", "Int32", c -> c.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.CALL_METHOD, p.b.text("read_int32"), 0)
                .emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.CALL_METHOD, p.b.text("read_int32"), 0).emit(Opcode.SUB)
                .emit(Opcode.RETURN), "a as Pointer", "b as Pointer");
        CodeAssembler m = p.m();
        p.intArray(30, 10, 20);
        m.emit(Opcode.LOAD_GLOBAL, p.b.text("qsort")).emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 3)
                .emit(Opcode.LOAD_INT, 4).emit(Opcode.LOAD_GLOBAL, p.b.text("compare")).emit(Opcode.CALL, 4)
                .emit(Opcode.POP);
        p.displayInts(3);
        Outcome o = p.run();
        assertNull(o.errorType(), o.errorMessage());
        assertEquals("10\n20\n30\n", o.out());
    }

    /** An error raised in a callback ends it and is raised by the native call that led to it. */
    @Test
    void callbackErrorIsRaisedByTheNativeCall() {
        Ffi p = new Ffi();
        p.external("qsort", "qsort", "libc", null, "base as Pointer", "count as UInt64", "size as UInt64",
                "compare as Pointer");
        p.process("explode", "Int32", c -> c.position(40, 5).emit(Opcode.LOAD_INT, 1).emit(Opcode.LOAD_INT, 0)
                .emit(Opcode.FLOOR_DIV).emit(Opcode.RETURN), "a as Pointer", "b as Pointer");
        p.intArray(3, 2, 1);
        p.m().position(50, 1).emit(Opcode.LOAD_GLOBAL, p.b.text("qsort")).emit(Opcode.LOAD_LOCAL, 0)
                .emit(Opcode.LOAD_INT, 3).emit(Opcode.LOAD_INT, 4).emit(Opcode.LOAD_GLOBAL, p.b.text("explode"))
                .emit(Opcode.CALL, 4).emit(Opcode.POP);
        Outcome o = p.run();
        assertEquals("DivisionByZeroError", o.errorType());
        List<String> trace = o.result().error().get().stackTrace().stream().map(Object::toString).toList();
        assertEquals("explode (ffi.runa:40:5)", trace.getFirst());
        assertEquals("<main> (ffi.runa:50:1)", trace.getLast());
    }

    @Test
    void unknownSymbolNamesLibraryAndSymbol() {
        Ffi p = new Ffi();
        p.external("missing", "no_such_function_in_libc", "libc", "Integer");
        p.call("missing");
        Outcome o = p.run();
        assertEquals("FFIError", o.errorType());
        assertEquals("native library \"libc\" has no function \"no_such_function_in_libc\"", o.errorMessage());
    }

    @Test
    void unknownLibraryNamesLibraryAndSymbol() {
        Ffi p = new Ffi();
        p.external("frob", "frob", "libno_such_library_xyz", "Integer");
        p.call("frob");
        Outcome o = p.run();
        assertEquals("FFIError", o.errorType());
        assertTrue(o.errorMessage().startsWith("cannot link frob: native library \"libno_such_library_xyz\" not found"),
                o.errorMessage());
    }

    @Test
    void textWhereAPointerIsDeclaredIsATypeError() {
        Ffi p = new Ffi();
        p.external("strlen", "strlen", "libc", "UInt64", "s as Pointer");
        p.m().emit(Opcode.LOAD_GLOBAL, p.b.text("strlen")).emit(Opcode.LOAD_CONST, p.b.text("abc")).emit(Opcode.CALL, 1);
        Outcome o = p.run();
        assertEquals("TypeError", o.errorType());
        assertEquals("strlen: parameter s expects Pointer, got Text; pass text.to_c_string() for a C string",
                o.errorMessage());
    }

    @Test
    void valueOutsideTheNativeTypeIsAnFfiError() {
        Ffi p = new Ffi();
        p.external("abs", "abs", "libc", "Int32", "n as Int32");
        p.m().emit(Opcode.LOAD_GLOBAL, p.b.text("abs")).emit(Opcode.LOAD_CONST, p.b.integer(3_000_000_000L))
                .emit(Opcode.CALL, 1);
        Outcome o = p.run();
        assertEquals("FFIError", o.errorType());
        assertEquals("abs: parameter n (Int32) cannot hold 3000000000; its range is -2147483648..2147483647",
                o.errorMessage());
    }

    /** p.free() twice, and reading through a freed Pointer: Runa errors, and C's memory is left alone. */
    @Test
    void useAfterFreeAndDoubleFreeAreErrors() {
        for (String second : List.of("free", "read_text")) {
            Ffi p = new Ffi();
            CodeAssembler m = p.m();
            m.emit(Opcode.LOAD_CONST, p.b.text("gone")).emit(Opcode.CALL_METHOD, p.b.text("to_c_string"), 0)
                    .emit(Opcode.STORE_LOCAL, 0);
            m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.CALL_METHOD, p.b.text("free"), 0).emit(Opcode.POP);
            m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.CALL_METHOD, p.b.text(second), 0).emit(Opcode.POP);
            Outcome o = p.run();
            assertEquals("FFIError", o.errorType(), second);
            assertTrue(o.errorMessage().matches(second + ": the native memory at 0x[0-9a-f]+ was already freed"),
                    o.errorMessage());
        }
    }

    @Test
    void accessOutsideItsBlockIsAnError() {
        Ffi p = new Ffi();
        p.m().emit(Opcode.LOAD_GLOBAL, p.b.text("Memory")).emit(Opcode.LOAD_INT, 8)
                .emit(Opcode.CALL_METHOD, p.b.text("allocate"), 1).emit(Opcode.LOAD_INT, 6)
                .emit(Opcode.CALL_METHOD, p.b.text("read_int32"), 1);
        Outcome o = p.run();
        assertEquals("FFIError", o.errorType());
        assertTrue(o.errorMessage().startsWith("read_int32: 4 bytes at offset 6 are outside the 8-byte block at 0x"),
                o.errorMessage());
    }

    /** type of, Pointer.null(), equality by address, offsets, and typed reads and writes. */
    @Test
    void pointerValues() {
        Ffi p = new Ffi();
        CodeAssembler m = p.m();
        m.emit(Opcode.LOAD_GLOBAL, p.b.text("Memory")).emit(Opcode.LOAD_INT, 16)
                .emit(Opcode.CALL_METHOD, p.b.text("allocate"), 1).emit(Opcode.STORE_LOCAL, 0);
        p.display(c -> c.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.TYPE_OF));
        p.display(c -> c.emit(Opcode.LOAD_GLOBAL, p.b.text("Pointer")).emit(Opcode.CALL_METHOD, p.b.text("null"), 0)
                .emit(Opcode.CALL_METHOD, p.b.text("is_null"), 0));
        p.display(c -> c.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 8).emit(Opcode.CALL_METHOD, p.b.text("offset"), 1)
                .emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 4).emit(Opcode.CALL_METHOD, p.b.text("offset"), 1)
                .emit(Opcode.LOAD_INT, 4).emit(Opcode.CALL_METHOD, p.b.text("offset"), 1).emit(Opcode.EQ));
        m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, -2).emit(Opcode.LOAD_INT, 3)
                .emit(Opcode.CALL_METHOD, p.b.text("write_int8"), 2).emit(Opcode.POP);
        p.display(c -> c.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 3).emit(Opcode.CALL_METHOD, p.b.text("read_uint8"), 1));
        m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_CONST, p.b.decimal(2.5)).emit(Opcode.LOAD_INT, 8)
                .emit(Opcode.CALL_METHOD, p.b.text("write_float64"), 2).emit(Opcode.POP);
        p.display(c -> c.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 8).emit(Opcode.CALL_METHOD, p.b.text("offset"), 1)
                .emit(Opcode.CALL_METHOD, p.b.text("read_float64"), 0));
        p.display(c -> c.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.CALL_METHOD, p.b.text("to_text"), 0)
                .emit(Opcode.LOAD_CONST, p.b.text("0x")).emit(Opcode.CALL_METHOD, p.b.text("starts_with"), 1));
        Outcome o = p.run();
        assertNull(o.errorType(), o.errorMessage());
        assertEquals("Pointer\ntrue\ntrue\n254\n2.5\ntrue\n", o.out());
    }

    /** Sandboxed without the ffi permission: SecurityError before the library is opened or any memory allocated. */
    @Test
    void deniedCallHasNoSideEffect() {
        Ffi p = new Ffi();
        p.external("abs", "abs", "libc", "Int32", "n as Int32");
        p.m().emit(Opcode.LOAD_GLOBAL, p.b.text("abs")).emit(Opcode.LOAD_INT, -1).emit(Opcode.CALL, 1).emit(Opcode.POP);
        List<String> sessionCalls = new ArrayList<>();
        TestVm vm = p.vm(new TestPolicy(r -> r.permission() != Permission.FFI), recording(sessionCalls), false);
        Outcome o = new Outcome(vm.execute(p.build(), 10_000, List.of()));
        assertEquals("SecurityError", o.errorType());
        assertEquals("ffi denied: libc", o.errorMessage());
        assertEquals(List.of(), sessionCalls, "nothing native happened");

        Ffi q = new Ffi();
        q.external("strlen", "strlen", "libc", "UInt64", "s as Pointer");
        q.m().emit(Opcode.LOAD_CONST, q.b.text("x")).emit(Opcode.CALL_METHOD, q.b.text("to_c_string"), 0).emit(Opcode.POP);
        vm = q.vm(new TestPolicy(r -> r.permission() != Permission.FFI), recording(sessionCalls), false);
        o = new Outcome(vm.execute(q.build(), 10_000, List.of()));
        assertEquals("SecurityError", o.errorType());
        assertEquals("ffi denied: libc", o.errorMessage());
        assertEquals(List.of(), sessionCalls, "no C string was made");
    }

    @Test
    void grantedLibraryAllowsItsCallsAndCStrings() {
        Ffi p = new Ffi();
        p.external("strlen", "strlen", "libc", "UInt64", "s as Pointer");
        p.display(m -> m.emit(Opcode.LOAD_GLOBAL, p.b.text("strlen")).emit(Opcode.LOAD_CONST, p.b.text("four"))
                .emit(Opcode.CALL_METHOD, p.b.text("to_c_string"), 0).emit(Opcode.CALL, 1));
        TestPolicy policy = new TestPolicy(r -> r.permission() == Permission.FFI && r.target().equals("libc"));
        TestVm vm = p.vm(policy, new ForeignLinkerComponent().openSession(), false);
        Outcome o = new Outcome(vm.execute(p.build(), 10_000, List.of()));
        assertNull(o.errorType(), o.errorMessage());
        assertEquals("4\n", o.out());
    }

    @Test
    void withoutTheFfiBundleACallIsAnFfiError() {
        Ffi p = new Ffi();
        p.external("abs", "abs", "libc", "Int32", "n as Int32");
        p.m().emit(Opcode.LOAD_GLOBAL, p.b.text("abs")).emit(Opcode.LOAD_INT, -1).emit(Opcode.CALL, 1).emit(Opcode.POP);
        TestVm vm = p.vm(TestPolicy.allowAll(), null, false);
        Outcome o = new Outcome(vm.execute(p.build(), 10_000, List.of()));
        assertEquals("FFIError", o.errorType());
        assertEquals("this distribution has no foreign-function support (the ffi bundle is not installed); "
                + "run the program with one that has it (standard or server)", o.errorMessage());
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** A session that records the name of every method called on it and does nothing native. */
    private static ForeignSession recording(List<String> calls) {
        return (ForeignSession) Proxy.newProxyInstance(ForeignSession.class.getClassLoader(),
                new Class<?>[] {ForeignSession.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("close")) {
                        calls.add(method.getName());
                    }
                    return method.getReturnType() == long.class ? 0L : null;
                });
    }

    private record Outcome(TestVm.Outcome o) {
        String out() {
            return o.out();
        }

        String errorType() {
            return o.errorType();
        }

        String errorMessage() {
            return o.errorMessage();
        }

        org.runavm.kernel.exec.ExecutionResult result() {
            return o.result();
        }
    }

    /** A program with External Processes, built like the compiler builds them. */
    private static final class Ffi {
        final ProgramBuilder b = new ProgramBuilder().flags(Header.HAS_DEBUG_INFO | Header.REQUIRES_FFI);
        final int file = b.sourceFile("ffi.runa");
        final ProgramBuilder.FunctionBuilder main = b.function("<main>").sourceFile(file);
        private int line = 1;

        Ffi() {
            for (int slot = 0; slot < 8; slot++) {
                main.local("v" + slot, ANY, slot, 0, 1 << 20);
            }
            main.code().position(1, 1);
        }

        CodeAssembler m() {
            return main.code();
        }

        /** {@code External Process called NAME(params) returns RESULT from LIBRARY as SYMBOL}. */
        void external(String name, String symbol, String library, String result, String... params) {
            var f = b.function(name).sourceFile(file);
            List<Integer> types = new ArrayList<>();
            int flags = FunctionInfo.EXTERNAL;
            for (String param : params) {
                String[] parts = param.split(" as ");
                int type = b.type(parts[1], new TypeInfo.Primitive());
                types.add(type);
                boolean rest = parts[1].equals("Any");
                if (rest) {
                    flags |= FunctionInfo.VARARGS;
                }
                f.parameter(parts[0], type, rest ? FunctionInfo.Parameter.REST : 0);
            }
            f.typeId(b.type("Function", new TypeInfo.FunctionSig(types,
                    result == null ? ANY : b.type(result, new TypeInfo.Primitive()))));
            f.flags(flags);
            int ref = b.constant(new Constant.ExternalRef(symbol, b.nativeLibrary(library)));
            CodeAssembler c = f.code();
            for (int i = 0; i < params.length; i++) {
                c.emit(Opcode.LOAD_LOCAL, i);
            }
            c.position(++line, 1).emit(Opcode.INVOKE_FFI, ref, params.length).emit(Opcode.RETURN);
        }

        /** A Runa process with typed parameters. */
        void process(String name, String result, Consumer<CodeAssembler> body, String... params) {
            var f = b.function(name).sourceFile(file);
            List<Integer> types = new ArrayList<>();
            for (String param : params) {
                String[] parts = param.split(" as ");
                int type = b.type(parts[1], new TypeInfo.Primitive());
                types.add(type);
                f.parameter(parts[0], type, 0);
            }
            f.typeId(b.type("Function", new TypeInfo.FunctionSig(types, b.type(result, new TypeInfo.Primitive()))));
            body.accept(f.code().position(++line, 1));
        }

        void display(Consumer<CodeAssembler> value) {
            CodeAssembler c = m().position(++line, 1);
            value.accept(c);
            c.emit(Opcode.DISPLAY);
        }

        void call(String name) {
            m().position(++line, 1).emit(Opcode.LOAD_GLOBAL, b.text(name)).emit(Opcode.CALL, 0).emit(Opcode.POP);
        }

        /** Local 0: a native block holding {@code values} as Int32s. */
        void intArray(int... values) {
            CodeAssembler m = m();
            m.emit(Opcode.LOAD_GLOBAL, b.text("Memory")).emit(Opcode.LOAD_INT, 4 * values.length)
                    .emit(Opcode.CALL_METHOD, b.text("allocate"), 1).emit(Opcode.STORE_LOCAL, 0);
            for (int i = 0; i < values.length; i++) {
                m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, values[i]).emit(Opcode.LOAD_INT, 4 * i)
                        .emit(Opcode.CALL_METHOD, b.text("write_int32"), 2).emit(Opcode.POP);
            }
        }

        /** Displays the first {@code n} Int32s of local 0. */
        void displayInts(int n) {
            for (int i = 0; i < n; i++) {
                int offset = 4 * i;
                display(c -> c.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, offset)
                        .emit(Opcode.CALL_METHOD, b.text("read_int32"), 1));
            }
        }

        ProgramImage build() {
            m().emit(Opcode.RETURN_NULL);
            return b.build();
        }

        TestVm vm(TestPolicy policy, ForeignSession session, boolean stressed) {
            TestVm vm = stressed ? new TestVm(HeapConfig.ofMaxBytes(8L << 20).withStress(true).withVerify(true))
                    : new TestVm(64L << 20);
            vm.security = policy;
            vm.foreign = session;
            return vm;
        }

        /** Runs with every permission, normally and then under GC stress; both runs must agree. */
        Outcome run() {
            ProgramImage image = build();
            Outcome normal = runOnce(image, false);
            Outcome stressed = runOnce(image, true);
            assertEquals(normal.out(), stressed.out(), "output under GC stress");
            assertEquals(normal.errorType(), stressed.errorType(), "error under GC stress: " + stressed.errorMessage());
            return normal;
        }

        private Outcome runOnce(ProgramImage image, boolean stressed) {
            try (ForeignSession session = new ForeignLinkerComponent().openSession()) {
                TestVm vm = vm(TestPolicy.allowAll(), session, stressed);
                return new Outcome(vm.execute(image, 10_000, List.of()));
            }
        }
    }
}
