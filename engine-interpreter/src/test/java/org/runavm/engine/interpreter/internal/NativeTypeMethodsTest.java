package org.runavm.engine.interpreter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.bytecode.CodeAssembler;
import org.runavm.kernel.bytecode.Opcode;
import org.runavm.kernel.bytecode.ProgramBuilder;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeFunction;
import org.runavm.kernel.module.NativeModule;
import org.runavm.kernel.module.NativeObject;

/**
 * Native types whose module declares their method table to be made on first use
 * ({@link ModuleDefinition#type(String, java.util.function.Supplier)}): the table is made when a program
 * first calls a method of the type, once per VM, and the methods behave as an eagerly declared type's.
 */
class NativeTypeMethodsTest {
    private record Stamp(long value) implements NativeObject {
        public String typeName() {
            return "Stamp";
        }

        public String toText() {
            return "<stamp " + value + ">";
        }
    }

    /** Module {@code stamps}: {@code make(n)} makes a Stamp, whose methods {@code value()} and {@code plus(k)}. */
    private static NativeModule module(boolean lazy, AtomicInteger tablesMade) {
        return TestModules.of("stamps", d -> {
            d.function("make", 1, 1, call -> call.returnValue(new Stamp(call.integer(0))));
            if (lazy) {
                d.type("Stamp", () -> methods(tablesMade));
            } else {
                d.type("Stamp", methods(tablesMade));
            }
        });
    }

    private static Map<String, NativeFunction> methods(AtomicInteger tablesMade) {
        tablesMade.incrementAndGet();
        return Map.of(
                "value", call -> call.returnInteger(((Stamp) call.receiver()).value()),
                "plus", call -> call.returnValue(new Stamp(((Stamp) call.receiver()).value() + call.integer(0))));
    }

    /** Displays stamps.make(start).NAME(args...) {@code times} times. */
    private static ProgramImage calling(int times, String method, int... args) {
        return Programs.main((b, m) -> {
            for (int i = 0; i < times; i++) {
                makeStamp(b, m, 7);
                for (int arg : args) {
                    m.emit(Opcode.LOAD_INT, arg);
                }
                m.emit(Opcode.CALL_METHOD, b.text(method), args.length).emit(Opcode.DISPLAY);
            }
        });
    }

    private static void makeStamp(ProgramBuilder b, CodeAssembler m, int value) {
        m.emit(Opcode.IMPORT, b.text("stamps")).emit(Opcode.LOAD_INT, value).emit(Opcode.CALL_METHOD, b.text("make"), 1);
    }

    private static TestVm.Outcome run(NativeModule module, ProgramImage image) {
        TestVm vm = new TestVm(16L << 20);
        vm.modules.put("stamps", module);
        return vm.execute(image, 10_000, List.of());
    }

    @Test
    void aProgramThatCallsNoMethodOfTheTypeNeverMakesItsTable() {
        AtomicInteger tablesMade = new AtomicInteger();
        ProgramImage image = Programs.main((b, m) -> {
            makeStamp(b, m, 7);
            m.emit(Opcode.DISPLAY);
        });
        TestVm.Outcome outcome = run(module(true, tablesMade), image);
        assertEquals("<stamp 7>\n", outcome.out());
        assertEquals(0, tablesMade.get());
    }

    @Test
    void theTableIsMadeAtTheFirstMethodCallAndOnlyOnce() {
        AtomicInteger tablesMade = new AtomicInteger();
        TestVm.Outcome outcome = run(module(true, tablesMade), calling(3, "value"));
        assertEquals("7\n7\n7\n", outcome.out());
        assertEquals(1, tablesMade.get());
        AtomicInteger plusTables = new AtomicInteger();
        assertEquals("<stamp 12>\n", run(module(true, plusTables), calling(1, "plus", 5)).out());
    }

    @Test
    void aMissingMethodFailsAsOnAnEagerlyDeclaredType() {
        TestVm.Outcome lazy = run(module(true, new AtomicInteger()), calling(1, "nope"));
        TestVm.Outcome eager = run(module(false, new AtomicInteger()), calling(1, "nope"));
        assertEquals(eager.errorType(), lazy.errorType());
        assertEquals(eager.errorMessage(), lazy.errorMessage());
        assertEquals("AttributeError", lazy.errorType());
    }

    /** Two declarations of one type, in every order of eager and on first use: the methods of both. */
    @Test
    void declarationsOfOneTypeMergeHoweverEachIsMade() {
        Map<String, NativeFunction> value = Map.of("value", call -> call.returnInteger(((Stamp) call.receiver()).value()));
        Map<String, NativeFunction> twice = Map.of("twice", call -> call.returnInteger(2 * ((Stamp) call.receiver()).value()));
        for (boolean firstLazy : new boolean[] {false, true}) {
            for (boolean secondLazy : new boolean[] {false, true}) {
                NativeModule module = TestModules.of("stamps", d -> {
                    d.function("make", 1, 1, call -> call.returnValue(new Stamp(call.integer(0))));
                    if (firstLazy) {
                        d.type("Stamp", () -> value);
                    } else {
                        d.type("Stamp", value);
                    }
                    if (secondLazy) {
                        d.type("Stamp", () -> twice);
                    } else {
                        d.type("Stamp", twice);
                    }
                });
                String order = (firstLazy ? "on first use" : "eager") + ", then " + (secondLazy ? "on first use" : "eager");
                assertEquals("7\n", run(module, calling(1, "value")).out(), order);
                assertEquals("14\n", run(module, calling(1, "twice")).out(), order);
            }
        }
    }
}
