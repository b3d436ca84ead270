package org.runavm.stdlib.math.internal;

import java.security.SecureRandom;
import java.util.SplittableRandom;
import org.runavm.kernel.module.ModuleEnvironment;
import org.runavm.kernel.security.Permission;

/**
 * The pseudo-random generator of one VM. {@link SplittableRandom} is used because its algorithm is
 * specified, so {@code seed(n)} gives the same sequence on every JDK; it is not thread-safe, hence
 * the lock (tasks of one VM share it).
 *
 * <p>Without {@code seed(n)}, the first draw seeds the generator from OS entropy, which needs the
 * {@code random} permission. When it is denied the draw raises {@code SecurityError} and the
 * generator stays unseeded (no side effect); a program that wants numbers in such a sandbox calls
 * {@code seed(n)} first and so states that its numbers are predictable. Silently falling back to a
 * fixed seed would hand predictable values to code that believes they are random (see decision 080).
 */
final class RandomSource {
    private SplittableRandom generator;

    /** The generator, seeded from OS entropy on first use unless {@link #seed} came first. */
    synchronized SplittableRandom generator(ModuleEnvironment environment) {
        if (generator == null) {
            environment.security().require(Permission.RANDOM, "");
            generator = new SplittableRandom(new SecureRandom().nextLong());
        }
        return generator;
    }

    synchronized void seed(long seed) {
        generator = new SplittableRandom(seed);
    }

    synchronized double nextDouble(ModuleEnvironment environment) {
        return generator(environment).nextDouble();
    }

    /** A uniform Integer in {@code [low, high]}, both inclusive, for any {@code low <= high}. */
    synchronized long nextLong(ModuleEnvironment environment, long low, long high) {
        SplittableRandom random = generator(environment);
        if (high < Long.MAX_VALUE) {
            return random.nextLong(low, high + 1);
        }
        if (low > Long.MIN_VALUE) {
            return random.nextLong(low - 1, high) + 1;
        }
        return random.nextLong();
    }
}
