package org.runavm.launcher.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.config.FileSwitch;
import org.runavm.kernel.config.VmConfig;

class UnbuiltFeaturesTest {
    @Test
    void aPlainConfigurationWarnsOfNothing() {
        assertEquals(List.of(), UnbuiltFeatures.warnings("runavm", VmConfig.builder().build()));
    }

    @Test
    void eachOptionWithoutItsFeatureIsNamedOnce() {
        VmConfig config = VmConfig.builder().debug(true).useAot(true).build();
        assertEquals(List.of(
                "runavm: warning: --debug has no effect: the debugger is not built yet",
                "runavm: warning: --use-aot has no effect: ahead-of-time code is not built yet"),
                UnbuiltFeatures.warnings("runavm", config));
    }

    @Test
    void builtFeaturesAreNotNamed() {
        VmConfig config = VmConfig.builder().gcLog(true).gcCollectionThreshold(50).threads(2)
                .profileMemory(new FileSwitch(true, java.util.Optional.of(Path.of("heap.json"))))
                .profileCpu(FileSwitch.ON).build();
        assertEquals(List.of(), UnbuiltFeatures.warnings("runavm", config));
    }
}
