/**
 * The standard module {@code math}: constants, elementary functions, rounding to Integer, integer
 * number theory and a per-VM pseudo-random generator.
 *
 * <p>Invariants: Integer results never wrap (an unrepresentable result raises {@code OverflowError});
 * a function undefined at its argument ({@code sqrt(-1.0)}, {@code log(0)}, {@code asin(2)}) raises
 * {@code ValueError} instead of returning NaN, while NaN arguments propagate as in IEEE 754 and
 * Decimal overflow gives {@code Infinity} as Decimal arithmetic does. The random generator belongs to
 * one VM (one {@link org.runavm.stdlib.math.internal.RandomSource} per {@code define}), so seeding it
 * makes that VM's sequence reproducible without affecting any other.
 */
package org.runavm.stdlib.math.internal;
