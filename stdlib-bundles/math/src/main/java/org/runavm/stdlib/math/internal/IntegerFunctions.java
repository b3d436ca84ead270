package org.runavm.stdlib.math.internal;

import java.math.BigInteger;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;

/** Number theory on Integers: {@code gcd}, {@code lcm}, {@code factorial}, {@code isqrt}. */
final class IntegerFunctions {
    private IntegerFunctions() {
    }

    static void define(ModuleDefinition d) {
        // BigInteger keeps the corner cases honest: gcd(-2^63, 0) is 2^63, which is an OverflowError
        d.function("gcd", 0, ModuleDefinition.ANY, call -> {
            BigInteger g = BigInteger.ZERO;
            for (int i = 0; i < call.argumentCount(); i++) {
                g = g.gcd(BigInteger.valueOf(call.integer(i)));
            }
            call.returnInteger(exact("gcd", g));
        });
        d.function("lcm", 0, ModuleDefinition.ANY, call -> {
            BigInteger l = BigInteger.ONE;
            for (int i = 0; i < call.argumentCount(); i++) {
                BigInteger n = BigInteger.valueOf(call.integer(i)).abs();
                l = n.signum() == 0 || l.signum() == 0 ? BigInteger.ZERO : l.multiply(n).divide(l.gcd(n));
            }
            call.returnInteger(exact("lcm", l));
        });
        d.function("factorial", 1, 1, call -> call.returnInteger(factorial(call)));
        d.function("isqrt", 1, 1, call -> {
            long n = call.integer(0);
            if (n < 0) {
                throw Numbers.domainError("isqrt", n);
            }
            call.returnInteger(BigInteger.valueOf(n).sqrt().longValueExact());
        });
    }

    private static long factorial(NativeCall call) {
        long n = call.integer(0);
        if (n < 0) {
            throw Numbers.domainError("factorial", n);
        }
        if (n > 20) {
            throw new NativeError("OverflowError", "math.factorial: " + n + "! does not fit in an Integer");
        }
        long f = 1;
        for (long i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }

    private static long exact(String function, BigInteger value) {
        if (value.bitLength() > 63) {
            throw new NativeError("OverflowError", "math." + function + ": " + value + " does not fit in an Integer");
        }
        return value.longValue();
    }
}
