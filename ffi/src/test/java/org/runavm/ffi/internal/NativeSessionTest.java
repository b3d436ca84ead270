package org.runavm.ffi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.runavm.kernel.ffi.ForeignType.BOOLEAN;
import static org.runavm.kernel.ffi.ForeignType.DECIMAL;
import static org.runavm.kernel.ffi.ForeignType.INT32;
import static org.runavm.kernel.ffi.ForeignType.INT8;
import static org.runavm.kernel.ffi.ForeignType.INTEGER;
import static org.runavm.kernel.ffi.ForeignType.POINTER;
import static org.runavm.kernel.ffi.ForeignType.UINT64;
import static org.runavm.kernel.ffi.ForeignType.VOID;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.ffi.ForeignException;
import org.runavm.kernel.ffi.ForeignFunction;
import org.runavm.kernel.ffi.ForeignLibrary;
import org.runavm.kernel.ffi.ForeignSignature;
import org.runavm.kernel.ffi.Pointer;

@SuppressWarnings("restricted")   // the tests look at native memory directly
class NativeSessionTest {
    private final NativeSession session = new NativeSession();
    private final ForeignLibrary libc = session.open("libc");

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void callsStrlenOnACString() {
        ForeignFunction strlen = libc.link("strlen", ForeignSignature.of(UINT64, POINTER));
        long text = session.toCString("héllo");
        assertEquals(6L, strlen.invoke(new Pointer(text)));
        assertEquals(6L, strlen.invoke(text), "a Long address is a pointer too");
    }

    @Test
    void callsAbsAndLabsWithIntAndLong() {
        assertEquals(42L, libc.link("abs", ForeignSignature.of(INT32, INT32)).invoke(-42L));
        assertEquals(5_000_000_000L, libc.link("labs", ForeignSignature.of(INTEGER, INTEGER)).invoke(-5_000_000_000L));
    }

    @Test
    void callsGetpid() {
        assertEquals(ProcessHandle.current().pid(), libc.link("getpid", ForeignSignature.of(INT32)).invoke());
    }

    @Test
    void callsTheMathLibrary() {
        ForeignFunction cos = session.open("m").link("cos", ForeignSignature.of(DECIMAL, DECIMAL));
        assertEquals(1.0, cos.invoke(0.0));
        assertEquals(-1.0, (Double) cos.invoke(Math.PI), 1e-12);
        assertEquals(1.0, cos.invoke(0L), "an Integer argument widens to a double");
    }

    @Test
    void formatsVariadicArgumentsByTheirValues() {
        ForeignFunction snprintf = libc.link("snprintf",
                new ForeignSignature(List.of(POINTER, UINT64, POINTER), INT32, true, List.of("buffer", "size", "format")));
        long buffer = session.allocate(64);
        long format = session.toCString("%s=%ld %.2f %d %p|");
        Object written = snprintf.invoke(new Pointer(buffer), 64L, new Pointer(format),
                new Pointer(session.toCString("x")), -7_000_000_000L, 2.5, true, Pointer.NULL);
        assertEquals("x=-7000000000 2.50 1 (nil)|", session.fromCString(buffer));
        assertEquals(27L, written);
        // the same function with other variadic types, and with none
        snprintf.invoke(new Pointer(buffer), 64L, new Pointer(session.toCString("%ld/%ld")), 1L, 2L);
        assertEquals("1/2", session.fromCString(buffer));
        snprintf.invoke(new Pointer(buffer), 64L, new Pointer(session.toCString("plain")));
        assertEquals("plain", session.fromCString(buffer));
    }

    @Test
    void variadicTextIsRefusedWithAHint() {
        ForeignFunction printf = libc.link("printf", new ForeignSignature(List.of(POINTER), INT32, true));
        ForeignException e = assertThrows(ForeignException.class,
                () -> printf.invoke(new Pointer(session.toCString("%s")), "text"));
        assertEquals("printf: argument 2 is Text; pass text to C as text.to_c_string()", e.getMessage());
    }

    @Test
    void sortsWithAJavaComparator() {
        long base = session.allocate(5 * 4);
        MemorySegment ints = MemorySegment.ofAddress(base).reinterpret(20);
        int[] values = {5, -1, 3, 42, 0};
        for (int i = 0; i < values.length; i++) {
            ints.setAtIndex(ValueLayout.JAVA_INT, i, values[i]);
        }
        List<Object> seen = new ArrayList<>();
        long comparator = session.callback(ForeignSignature.of(INT32, POINTER, POINTER), arguments -> {
            seen.add(arguments[0]);
            int a = read((Pointer) arguments[0]);
            int b = read((Pointer) arguments[1]);
            return (long) Integer.compare(a, b);
        });
        ForeignFunction qsort = libc.link("qsort", ForeignSignature.of(VOID, POINTER, UINT64, UINT64, POINTER));
        assertEquals(null, qsort.invoke(new Pointer(base), 5L, 4L, new Pointer(comparator)));
        assertEquals(List.of(-1, 0, 3, 5, 42), List.of(ints.getAtIndex(ValueLayout.JAVA_INT, 0),
                ints.getAtIndex(ValueLayout.JAVA_INT, 1), ints.getAtIndex(ValueLayout.JAVA_INT, 2),
                ints.getAtIndex(ValueLayout.JAVA_INT, 3), ints.getAtIndex(ValueLayout.JAVA_INT, 4)));
        assertFalse(seen.isEmpty());
        assertTrue(seen.getFirst() instanceof Pointer, "pointer arguments reach Java as Pointer");
    }

    @Test
    void aFailingCallbackStopsAndItsExceptionComesOutOfTheCall() {
        long base = session.allocate(8 * 4);
        int[] calls = {0};
        IllegalStateException boom = new IllegalStateException("comparator failed");
        long comparator = session.callback(ForeignSignature.of(INT32, POINTER, POINTER), arguments -> {
            calls[0]++;
            throw boom;
        });
        ForeignFunction qsort = libc.link("qsort", ForeignSignature.of(VOID, POINTER, UINT64, UINT64, POINTER));
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> qsort.invoke(new Pointer(base), 8L, 4L, new Pointer(comparator)));
        assertSame(boom, thrown);
        assertEquals(1, calls[0], "no Java code runs after the first failure");
        // the next call is clean again
        assertEquals(3L, libc.link("abs", ForeignSignature.of(INT32, INT32)).invoke(-3L));
    }

    @Test
    void aCallbackResultThatDoesNotFitFailsTheCall() {
        long base = session.allocate(2 * 4);
        long comparator = session.callback(ForeignSignature.of(INT8, POINTER, POINTER), arguments -> 1000L);
        ForeignFunction qsort = libc.link("qsort", ForeignSignature.of(VOID, POINTER, UINT64, UINT64, POINTER));
        ForeignException e = assertThrows(ForeignException.class,
                () -> qsort.invoke(new Pointer(base), 2L, 4L, new Pointer(comparator)));
        assertEquals("callback result (Int8) cannot hold 1000; its range is -128..127", e.getMessage());
    }

    @Test
    void aVariadicCallbackIsRefused() {
        ForeignException e = assertThrows(ForeignException.class,
                () -> session.callback(new ForeignSignature(List.of(POINTER), INT32, true), a -> 0L));
        assertEquals("a callback cannot be variadic: C calls it with a fixed signature", e.getMessage());
    }

    @Test
    void booleanResultsAndArguments() {
        ForeignFunction isdigit = libc.link("isdigit", ForeignSignature.of(BOOLEAN, INT32));
        assertEquals(true, isdigit.invoke((long) '7'));
        assertEquals(false, isdigit.invoke((long) 'x'));
        ForeignFunction abs = libc.link("abs", ForeignSignature.of(INT32, BOOLEAN));
        assertEquals(1L, abs.invoke(true));
    }

    @Test
    void rangeAndTypeErrorsNameTheFunctionAndParameter() {
        ForeignFunction abs = libc.link("abs", new ForeignSignature(List.of(INT8), INT32, false, List.of("n")));
        ForeignException range = assertThrows(ForeignException.class, () -> abs.invoke(300L));
        assertEquals("abs: parameter n (Int8) cannot hold 300; its range is -128..127", range.getMessage());
        ForeignException type = assertThrows(ForeignException.class, () -> abs.invoke(2.5));
        assertEquals("abs: parameter n (Int8) needs an Integer, got Decimal", type.getMessage());
        ForeignException count = assertThrows(ForeignException.class, () -> abs.invoke(1L, 2L));
        assertEquals("abs takes 1 argument, got 2", count.getMessage());
    }

    @Test
    void missingSymbolAndLibraryAreNamed() {
        ForeignException symbol = assertThrows(ForeignException.class,
                () -> libc.link("no_such_function_xyz", ForeignSignature.of(VOID)));
        assertEquals("native library \"libc\" has no function \"no_such_function_xyz\"", symbol.getMessage());
        ForeignException library = assertThrows(ForeignException.class, () -> session.open("no_such_lib_xyz"));
        assertTrue(library.getMessage().startsWith("native library \"no_such_lib_xyz\" not found (tried libno_such_lib_xyz.so"),
                library.getMessage());
        ForeignException path = assertThrows(ForeignException.class, () -> session.open("/nonexistent/libq.so"));
        assertEquals("native library \"/nonexistent/libq.so\" not found: no such file", path.getMessage());
    }

    @Test
    void opensALibraryByBareNameAndClosesIt() {
        // zlib is on every Linux this runs on (libz.so.1 at least, which a bare "z" also finds)
        ForeignLibrary zlib = session.open("z");
        ForeignFunction zlibVersion = zlib.link("zlibVersion", ForeignSignature.of(POINTER));
        String version = session.fromCString(((Pointer) zlibVersion.invoke()).address());
        assertTrue(version.matches("\\d+\\.\\d+.*"), version);
        zlib.close();
        ForeignException closed = assertThrows(ForeignException.class, zlibVersion::invoke);
        assertEquals("native library \"z\" is closed", closed.getMessage());
    }

    @Test
    void closingTheSessionFreesEverythingAndEndsIt() {
        long a = session.allocate(16);
        session.toCString("kept until close");
        session.callback(ForeignSignature.of(VOID), x -> null);
        ForeignFunction abs = libc.link("abs", ForeignSignature.of(INT32, INT32));
        assertEquals(2, session.liveBlocks());
        session.close();
        assertEquals(0, session.liveBlocks());
        assertEquals("the foreign session is closed",
                assertThrows(ForeignException.class, () -> abs.invoke(-1L)).getMessage());
        assertThrows(ForeignException.class, () -> session.free(a));
        assertThrows(ForeignException.class, () -> session.allocate(1));
        assertThrows(ForeignException.class, () -> session.open("c"));
        session.close();   // twice is harmless
    }

    @Test
    void closingInsideANativeCallReleasesWhenTheCallReturns() {
        long base = session.allocate(2 * 4);
        boolean[] liveDuringCall = {false};
        long comparator = session.callback(ForeignSignature.of(INT32, POINTER, POINTER), arguments -> {
            session.close();
            liveDuringCall[0] = session.liveBlocks() == 1;   // the array qsort sorts is still there
            return 0L;
        });
        ForeignFunction qsort = libc.link("qsort", ForeignSignature.of(VOID, POINTER, UINT64, UINT64, POINTER));
        qsort.invoke(new Pointer(base), 2L, 4L, new Pointer(comparator));
        assertTrue(liveDuringCall[0], "nothing is freed under a running native call");
        assertEquals(0, session.liveBlocks(), "released once the call returned");
        assertThrows(ForeignException.class, () -> qsort.invoke(new Pointer(base), 2L, 4L, new Pointer(comparator)));
    }

    @Test
    void callsFromManyThreadsShareTheSession() throws InterruptedException {
        ForeignFunction strlen = libc.link("strlen", ForeignSignature.of(UINT64, POINTER));
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int id = t;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    for (int i = 0; i < 500; i++) {
                        String text = "thread " + id + " call " + i;
                        long address = session.toCString(text);
                        assertEquals((long) text.length(), strlen.invoke(new Pointer(address)));
                        session.free(address);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(List.of(), failures);
        assertEquals(0, session.liveBlocks());
    }

    @Test
    void aCallbackOnANativeThreadRunsAndItsFailureIsContained() {
        List<String> ran = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = session.callback(ForeignSignature.of(POINTER, POINTER), arguments -> {
            ran.add(Thread.currentThread().getName());
            throw new IllegalStateException("no call to report this to: logged");
        });
        ForeignFunction create = libc.link("pthread_create",
                ForeignSignature.of(INT32, POINTER, POINTER, POINTER, POINTER));
        ForeignFunction join = libc.link("pthread_join", ForeignSignature.of(INT32, UINT64, POINTER));
        long thread = session.allocate(8);
        assertEquals(0L, create.invoke(new Pointer(thread), Pointer.NULL, new Pointer(start), Pointer.NULL));
        Object id = session.read(thread, UINT64);   // pthread_create wrote the thread id there
        assertEquals(0L, join.invoke(id, null), "the thread ended normally, and so did the JVM");
        assertEquals(1, ran.size());
    }

    private static int read(Pointer pointer) {
        return MemorySegment.ofAddress(pointer.address()).reinterpret(4).get(ValueLayout.JAVA_INT, 0);
    }
}
