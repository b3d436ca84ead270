package org.runavm.engine.interpreter.internal;

import org.runavm.kernel.value.Tag;
import org.runavm.kernel.value.Values;

/** Methods of Integer and Decimal: abs, to_decimal, to_integer, floor, ceil, round (half away from zero). */
final class NumberMethods {
    private NumberMethods() {
    }

    static void call(Vm vm, String name, int slot, int argc, byte t, long p) {
        boolean integer = t == Tag.INTEGER;
        double d = Values.asDouble(t, p);
        switch (name) {
            case "abs" -> {
                if (integer) {
                    ValueMethods.scalar(vm, slot, Tag.INTEGER, Math.absExact(p));
                } else {
                    ValueMethods.scalar(vm, slot, Tag.DECIMAL, Values.decimalBits(Math.abs(d)));
                }
            }
            case "to_decimal" -> ValueMethods.scalar(vm, slot, Tag.DECIMAL, Values.decimalBits(d));
            case "to_integer" -> ValueMethods.scalar(vm, slot, Tag.INTEGER, Arith.toInteger(vm, t, p));
            case "floor", "ceil", "round" -> {
                if (integer) {
                    ValueMethods.scalar(vm, slot, Tag.INTEGER, p);
                    return;
                }
                double r = switch (name) {
                    case "floor" -> Math.floor(d);
                    case "ceil" -> Math.ceil(d);
                    default -> d < 0 ? -Math.floor(-d + 0.5) : Math.floor(d + 0.5);
                };
                ValueMethods.scalar(vm, slot, Tag.INTEGER, Arith.toInteger(vm, Tag.DECIMAL, Values.decimalBits(r)));
            }
            default -> throw ValueMethods.noMethod(vm, name, t, p);
        }
    }
}
