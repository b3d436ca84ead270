package org.runavm.bytecode.fuzz;

import java.util.concurrent.TimeUnit;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the {@code .runab} reader and verifier with Jazzer: any bytes must
 * load or be rejected with a {@code VerificationException} ({@link LoadContract}).
 *
 * <p>Without {@code JAZZER_FUZZ} in the environment this is an ordinary parameterized test over the
 * inputs directory {@code RunabLoadFuzzTestInputs/loadEitherSucceedsOrIsRejected} in the test
 * resources: every program of the compiler's golden corpus compiled by {@code runa compile}, hand-made
 * damaged files, and any finding of an earlier campaign. With {@code JAZZER_FUZZ=1} Jazzer mutates
 * those seeds for {@code maxDuration}; docs/RELIABILITY.md has the command and the last campaign.
 *
 * <p>The timeout bounds one input: in regression mode JUnit enforces it per seed. When fuzzing,
 * Jazzer passes it to libFuzzer, which reports an input that runs longer as a hang; JUnit's own
 * enforcement must then be switched off ({@code -Djunit.jupiter.execution.timeout.mode=disabled}),
 * because it would time the whole campaign as one invocation and report any finding as a timeout.
 */
class RunabLoadFuzzTest {

    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "12m")
    void loadEitherSucceedsOrIsRejected(byte[] bytes) {
        LoadContract.check(bytes);
    }
}
